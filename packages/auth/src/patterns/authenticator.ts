/**
 * The authenticator app set-up's two ways in: a QR code of the `otpauth://`
 * URI, drawn by the `qrcode` package as an inline SVG on the server (no
 * script, no image request), and the secret key in groups of four for
 * people who cannot scan it.
 */
import QRCode from 'qrcode';
import { type Html, html, raw } from './markup.js';

/** The secret key as people read and type it: upper case, no padding, in groups of four ("JBSW Y3DP EHPK 3PXP"). */
export function secretKeyGroups(secret: string): string[] {
  const key = secret.replace(/[\s=-]/g, '').toUpperCase();
  if (!/^[A-Z2-7]+$/.test(key)) {
    throw new TypeError(
      'authenticatorSetupPage: state.secret is not a base32 secret key (letters A–Z and digits 2–7). Give the secret otplib made, e.g. generateSecret().',
    );
  }
  const groups: string[] = [];
  for (let i = 0; i < key.length; i += 4) groups.push(key.slice(i, i + 4));
  return groups;
}

/**
 * The QR code as an inline SVG in an element with `role="img"` and the given
 * accessible name (the drawing itself says nothing to a screen reader).
 */
export function authenticatorQrCode(otpauthUri: string, name: string): Html {
  if (!otpauthUri.startsWith('otpauth://')) {
    throw new TypeError(
      "authenticatorSetupPage: state.otpauthUri must be an otpauth:// URI (otplib's generateURI({ issuer, label, secret })); it is what the QR code holds.",
    );
  }
  let svg: string | undefined;
  // The SVG renderer is synchronous and calls back before toString returns,
  // which keeps the page a pure function; checked, so a change there fails loudly.
  QRCode.toString(
    otpauthUri,
    { type: 'svg', errorCorrectionLevel: 'M', margin: 4, width: 200, color: { dark: '#0b0c0c', light: '#ffffff' } },
    (error, markup) => {
      if (error) throw error;
      svg = markup;
    },
  );
  if (svg === undefined) throw new Error('authenticatorQrCode: the qrcode package no longer draws SVG synchronously; make the page asynchronous.');
  return html`<div class="cyd-auth-qr" role="img" aria-label="${name}">${raw(svg)}</div>`;
}
