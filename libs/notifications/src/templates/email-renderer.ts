import { NotificationKind, TemplateKey } from '../domain/notification-kinds';
import { NotificationParams } from '../entities/notification.entity';
import { Locale, matchReasons, messageText } from './template-text';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface EmailFrame {
  locale: Locale;
  recipientName: string;
  /** One-click links that turn off e-mail of one kind; the first is the List-Unsubscribe one. */
  unsubscribe: { kind: NotificationKind; url: string }[];
  settingsUrl: string;
}

export interface DigestItem {
  template: TemplateKey;
  params: NotificationParams;
  linkUrl: string;
}

const KIND_NAMES: Record<NotificationKind, Record<Locale, string>> = {
  match: { en: 'new matches', nl: 'nieuwe matches' },
  invitation: { en: 'invitations to respond', nl: 'uitnodigingen om te reageren' },
  response: { en: 'responses', nl: 'reacties' },
  contract: { en: 'contracts', nl: 'contracten' },
  review: { en: 'reviews', nl: 'beoordelingen' },
};

const WORDS = {
  en: {
    hello: (name: string) => `Hello ${name},`,
    whyMatch: 'Why it fits:',
    footer: (kinds: string) =>
      `You receive this e-mail because you have e-mail notifications about ${kinds} turned on.`,
    and: ' and ',
    unsubscribe: (kind: string) => `Stop e-mails about ${kind}`,
    settings: 'Notification settings',
    digestSubject: (n: number) => `Your Gilde digest: ${n} ${n === 1 ? 'update' : 'updates'}`,
    digestIntro: (n: number) =>
      `Here is what happened for you since your last digest (${n} ${n === 1 ? 'item' : 'items'}, best matches first).`,
    more: (n: number) => `And ${n} more in the app.`,
    score: (s: string) => `match score ${s}`,
  },
  nl: {
    hello: (name: string) => `Hallo ${name},`,
    whyMatch: 'Waarom het past:',
    footer: (kinds: string) =>
      `Je ontvangt deze e-mail omdat je e-mailmeldingen over ${kinds} hebt aangezet.`,
    and: ' en ',
    unsubscribe: (kind: string) => `Geen e-mails meer over ${kind}`,
    settings: 'Meldingsinstellingen',
    digestSubject: (n: number) => `Je Gilde-overzicht: ${n} ${n === 1 ? 'update' : 'updates'}`,
    digestIntro: (n: number) =>
      `Dit is er voor je gebeurd sinds je vorige overzicht (${n} ${n === 1 ? 'melding' : 'meldingen'}, beste matches eerst).`,
    more: (n: number) => `En nog ${n} in de app.`,
    score: (s: string) => `matchscore ${s}`,
  },
} as const;

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function layout(lang: Locale, title: string, inner: string, footer: string): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:24px;background:#f5f4f0;font-family:Helvetica,Arial,sans-serif;color:#1d1d1b;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;font-weight:bold;color:#6b4f1d">Gilde</p>
${inner}
</div>
<div style="max-width:560px;margin:12px auto 0;font-size:12px;color:#6f6f6a">${footer}</div>
</body></html>`;
}

function button(url: string, label: string): string {
  return `<p style="margin:20px 0"><a href="${escapeHtml(url)}" style="display:inline-block;background:#6b4f1d;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(label)}</a></p>`;
}

function footerParts(frame: EmailFrame): { text: string; html: string } {
  const w = WORDS[frame.locale];
  const links = frame.unsubscribe.map((u) => ({
    label: w.unsubscribe(KIND_NAMES[u.kind][frame.locale]),
    url: u.url,
  }));
  const kinds = frame.unsubscribe.map((u) => KIND_NAMES[u.kind][frame.locale]).join(w.and);
  return {
    text: [
      `--`,
      w.footer(kinds),
      ...links.map((l) => `${l.label}: ${l.url}`),
      `${w.settings}: ${frame.settingsUrl}`,
    ].join('\n'),
    html:
      `<p style="margin:0 0 6px">${escapeHtml(w.footer(kinds))}</p><p style="margin:0">` +
      [...links, { label: w.settings, url: frame.settingsUrl }]
        .map((l) => `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`)
        .join(' · ') +
      `</p>`,
  };
}

/** One notification as an e-mail, in the recipient's language, HTML and plain text. */
export function renderNotificationEmail(
  template: TemplateKey,
  params: NotificationParams,
  linkUrl: string,
  frame: EmailFrame,
): RenderedEmail {
  const w = WORDS[frame.locale];
  const msg = messageText(template, params, frame.locale);
  const reasons = template === 'match' ? matchReasons(params, frame.locale) : [];
  const footer = footerParts(frame);
  const text = [
    w.hello(frame.recipientName),
    '',
    ...msg.body,
    ...(reasons.length ? ['', w.whyMatch, ...reasons.map((r) => `- ${r}`)] : []),
    '',
    `${msg.action}: ${linkUrl}`,
    '',
    footer.text,
  ].join('\n');
  const inner =
    `<p>${escapeHtml(w.hello(frame.recipientName))}</p>` +
    msg.body.map((b) => `<p>${escapeHtml(b)}</p>`).join('') +
    (reasons.length
      ? `<p style="margin-bottom:4px">${escapeHtml(w.whyMatch)}</p><ul>${reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`
      : '') +
    button(linkUrl, msg.action);
  return { subject: msg.title, text, html: layout(frame.locale, msg.title, inner, footer.html) };
}

/** The daily digest: the given items, in the order given (best score first). */
export function renderDigestEmail(
  items: DigestItem[],
  more: number,
  frame: EmailFrame,
): RenderedEmail {
  const w = WORDS[frame.locale];
  const total = items.length + more;
  const subject = w.digestSubject(total);
  const footer = footerParts(frame);
  const entries = items.map((item) => {
    const msg = messageText(item.template, item.params, frame.locale);
    const score =
      item.template === 'match' && typeof item.params.score === 'number'
        ? ` (${w.score(String(item.params.score))})`
        : '';
    return { msg, score, url: item.linkUrl };
  });
  const text = [
    w.hello(frame.recipientName),
    '',
    w.digestIntro(total),
    '',
    ...entries.flatMap((e, i) => [`${i + 1}. ${e.msg.title}${e.score}`, `   ${e.url}`]),
    ...(more > 0 ? ['', w.more(more)] : []),
    '',
    footer.text,
  ].join('\n');
  const inner =
    `<p>${escapeHtml(w.hello(frame.recipientName))}</p><p>${escapeHtml(w.digestIntro(total))}</p><ol style="padding-left:20px">` +
    entries
      .map(
        (e) =>
          `<li style="margin-bottom:10px"><a href="${escapeHtml(e.url)}">${escapeHtml(e.msg.title)}</a>${escapeHtml(e.score)}<br><span style="color:#6f6f6a">${escapeHtml(e.msg.body[0] ?? '')}</span></li>`,
      )
      .join('') +
    '</ol>' +
    (more > 0 ? `<p>${escapeHtml(w.more(more))}</p>` : '');
  return { subject, text, html: layout(frame.locale, subject, inner, footer.html) };
}
