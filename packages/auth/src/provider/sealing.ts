/**
 * Authenticator secrets are kept sealed (AES-256-GCM under the provider's
 * secret key), so a copy of the database alone cannot make codes.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

export class Sealer {
  readonly #key: Buffer;
  readonly #hmacKey: Buffer;

  constructor(secret: string) {
    if (Buffer.byteLength(secret) < 32)
      throw new TypeError('createProvider: secretKey is too short. Give at least 32 bytes of random data (for example `openssl rand -base64 32`).');
    this.#key = createHash('sha256').update(`seal:${secret}`).digest();
    this.#hmacKey = createHash('sha256').update(`hmac:${secret}`).digest();
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || !data)
      throw new Error('Sealer: a sealed authenticator secret is not in the v1 form; the accounts table was changed outside @cydran/auth.');
    const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** A keyed hash: for codes (six digits are too few to keep under a plain hash) and for rate-limit keys. */
  mac(value: string): string {
    return createHmac('sha256', this.#hmacKey).update(value).digest('base64url');
  }
}
