import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@gilde/identity';
import { ASSIGNMENT_KINDS, ASSIGNMENT_KIND_LABELS } from '../catalogue/assignment-kinds';
import { SECTORS, SECTOR_LABELS } from '../catalogue/sectors';
import { CatalogueView } from './skills.dto';

/** The fixed catalogues; public because sign-up and posting forms need them before anything else. */
@ApiTags('taxonomy')
@Controller('taxonomy')
export class TaxonomyController {
  @Get('assignment-kinds')
  @Public()
  @ApiOperation({ summary: 'The kinds of interim assignment, with English and Dutch labels' })
  @ApiResponse({ status: 200, type: CatalogueView })
  assignmentKinds(): CatalogueView {
    return {
      items: ASSIGNMENT_KINDS.map((code) => ({
        code,
        labels: { ...ASSIGNMENT_KIND_LABELS[code] },
      })),
    };
  }

  @Get('sectors')
  @Public()
  @ApiOperation({ summary: 'The sectors, with English and Dutch labels' })
  @ApiResponse({ status: 200, type: CatalogueView })
  sectors(): CatalogueView {
    return { items: SECTORS.map((code) => ({ code, labels: { ...SECTOR_LABELS[code] } })) };
  }
}
