import { Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@gilde/identity';
import { escapeHtml } from '../templates/email-renderer';
import { UnsubscribedView, UnsubscribeQuery } from './preferences.dto';
import { PreferencesService } from './preferences.service';

const PAGE = {
  en: (kind: string) => ({
    title: 'Unsubscribed',
    text: `You will no longer receive e-mails about ${kind}. In-app notifications are unchanged; you can change this any time in your notification settings.`,
  }),
  nl: (kind: string) => ({
    title: 'Afgemeld',
    text: `Je ontvangt geen e-mails meer over ${kind}. Meldingen in de app blijven zoals ze waren; je kunt dit altijd aanpassen in je meldingsinstellingen.`,
  }),
};

/**
 * The one-click unsubscribe link in every notification e-mail: GET from the link, POST from
 * mail clients that honour List-Unsubscribe-Post (RFC 8058). The signed token names the
 * person and the kind; it turns off e-mail of that kind and nothing else.
 */
@ApiTags('notifications')
@Controller('notifications/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'One-click unsubscribe from e-mail of one kind (signed link from an e-mail)',
  })
  @ApiResponse({ status: 200, type: UnsubscribedView })
  async viaLink(
    @Query() query: UnsubscribeQuery,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') language: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnsubscribedView | string> {
    const result = await this.preferences.unsubscribe(query.token);
    void reply.header('cache-control', 'no-store');
    if (!accept?.includes('text/html')) return result;
    // A person clicking the link in a mail program gets a page, not JSON.
    const lang = language?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
    const page = PAGE[lang](result.kind);
    void reply.type('text/html; charset=utf-8');
    return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title></head><body style="font-family:Helvetica,Arial,sans-serif;max-width:560px;margin:40px auto;padding:0 16px"><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.text)}</p></body></html>`;
  }

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'RFC 8058 one-click unsubscribe (List-Unsubscribe-Post)' })
  @ApiResponse({ status: 200, type: UnsubscribedView })
  oneClick(@Query() query: UnsubscribeQuery): Promise<UnsubscribedView> {
    return this.preferences.unsubscribe(query.token);
  }
}
