import { Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@gilde/identity';
import { escapeHtml } from '../templates/email-renderer';
import { UnsubscribedView, UnsubscribeQuery } from './preferences.dto';
import { PreferencesService } from './preferences.service';

const PATH = '/api/v1/notifications/unsubscribe';

type Lang = 'en' | 'nl';

const CONFIRM = {
  en: (kind: string) => ({
    title: 'Unsubscribe?',
    text: `Stop receiving e-mails about ${kind}? In-app notifications stay as they are.`,
    button: 'Unsubscribe',
  }),
  nl: (kind: string) => ({
    title: 'Afmelden?',
    text: `Geen e-mails meer ontvangen over ${kind}? Meldingen in de app blijven zoals ze zijn.`,
    button: 'Afmelden',
  }),
};

const DONE = {
  en: (kind: string) => ({
    title: 'Unsubscribed',
    text: `You will no longer receive e-mails about ${kind}. In-app notifications are unchanged; you can change this any time in your notification settings.`,
  }),
  nl: (kind: string) => ({
    title: 'Afgemeld',
    text: `Je ontvangt geen e-mails meer over ${kind}. Meldingen in de app blijven zoals ze waren; je kunt dit altijd aanpassen in je meldingsinstellingen.`,
  }),
};

function languageOf(header: string | undefined): Lang {
  return header?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="font-family:Helvetica,Arial,sans-serif;max-width:560px;margin:40px auto;padding:0 16px"><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

/**
 * The unsubscribe link in every notification e-mail. Opening it (GET) only shows a page asking
 * to confirm: mail scanners and link previews follow links, and must not unsubscribe anyone.
 * The page's button and mail clients that honour List-Unsubscribe-Post (RFC 8058) POST, which
 * turns off e-mail of the kind the signed token names, and nothing else.
 */
@ApiTags('notifications')
@Controller('notifications/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'The page an unsubscribe link opens: asks to confirm with a form that POSTs; changes nothing',
  })
  @ApiProduces('text/html')
  @ApiResponse({ status: 200, description: 'HTML confirmation page' })
  async confirm(
    @Query() query: UnsubscribeQuery,
    @Headers('accept-language') language: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const kind = await this.preferences.unsubscribeKind(query.token);
    const lang = languageOf(language);
    const text = CONFIRM[lang](kind);
    const action = `${PATH}?token=${encodeURIComponent(query.token)}`;
    void reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
    return page(
      lang,
      text.title,
      `<p>${escapeHtml(text.text)}</p><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(text.button)}</button></form>`,
    );
  }

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Unsubscribe: RFC 8058 one-click POST (List-Unsubscribe-Post) or the page’s button',
  })
  @ApiResponse({ status: 200, type: UnsubscribedView })
  async oneClick(
    @Query() query: UnsubscribeQuery,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') language: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnsubscribedView | string> {
    const result = await this.preferences.unsubscribe(query.token);
    void reply.header('cache-control', 'no-store');
    if (!accept?.includes('text/html')) return result;
    // The confirmation page's form: a person gets a page, not JSON.
    const lang = languageOf(language);
    const text = DONE[lang](result.kind);
    void reply.type('text/html; charset=utf-8');
    return page(lang, text.title, `<p>${escapeHtml(text.text)}</p>`);
  }
}
