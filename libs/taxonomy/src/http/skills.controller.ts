import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, type AuthUser, CurrentUser } from '@gilde/identity';
import { SkillResolverService } from '../skills/skill-resolver.service';
import { SkillSuggesterService } from '../skills/skill-suggester.service';
import {
  ResolveSkillsQuery,
  ResolvedSkillsView,
  SkillSuggestionsView,
  SuggestSkillsQuery,
} from './skills.dto';

@ApiTags('taxonomy')
@ApiBearerAuth()
@Controller('skills')
export class SkillsController {
  constructor(
    private readonly suggester: SkillSuggesterService,
    private readonly resolver: SkillResolverService,
  ) {}

  @Get('suggest')
  @Authenticated()
  @ApiOperation({
    summary:
      'Autocomplete skills by prefix, tolerating typos, over English and Dutch labels and synonyms',
  })
  @ApiResponse({ status: 200, type: SkillSuggestionsView })
  async suggest(
    @CurrentUser() user: AuthUser,
    @Query() query: SuggestSkillsQuery,
  ): Promise<SkillSuggestionsView> {
    const items = await this.suggester.suggest(
      query.q,
      query.locale ?? user.locale,
      query.limit ?? 10,
    );
    return {
      items: items.map((item) => ({
        skillId: item.skillId,
        label: item.label,
        matchedLabel: item.matchedLabel,
        lang: item.lang,
      })),
    };
  }

  @Get('resolve')
  @Authenticated()
  @ApiOperation({
    summary:
      'Resolve typed skill names to canonical skills; unknown names come back as free text with suggestions',
  })
  @ApiResponse({ status: 200, type: ResolvedSkillsView })
  async resolve(
    @CurrentUser() user: AuthUser,
    @Query() query: ResolveSkillsQuery,
  ): Promise<ResolvedSkillsView> {
    const resolved = await this.resolver.resolve(query.names, query.locale ?? user.locale);
    return {
      items: resolved.map((skill) => ({
        input: skill.input,
        skillId: skill.skillId,
        label: skill.label,
        matchedBy: skill.matchedBy,
        suggestions: skill.suggestions.map((s) => ({ skillId: s.skillId, label: s.label })),
      })),
    };
  }
}
