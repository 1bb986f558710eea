// cydran-auth's failures say what was wrong and what to do: usage mistakes
// exit 2; a provider that cannot be reached, a DATABASE_URL that does not
// connect and a port in use exit 1 with a message naming the fix. And
// `example` serves the service against a real provider.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLIENT_ID, CLIENT_SECRET, type FixtureProvider, startFixtureProvider } from '../server/provider.fixture.js';
import { type CliIo, run } from './index.js';

let dataDir: string;
let provider: FixtureProvider;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cydran-auth-cli-'));
  provider = await startFixtureProvider(['http://localhost:0']);
});
after(async () => {
  await provider?.close();
  await rm(dataDir, { recursive: true, force: true });
});

function io(env: Record<string, string | undefined> = {}): CliIo & { output: string; errors: string } {
  const captured = {
    output: '',
    errors: '',
    env: { DATABASE_URL: undefined, ...env },
    cwd: dataDir,
    out(text: string) {
      captured.output += text;
    },
    err(text: string) {
      captured.errors += text;
    },
  };
  return captured;
}

const example = (...args: string[]) => ['example', '--data', join(dataDir, 'db'), '--client-id', CLIENT_ID, '--client-secret', CLIENT_SECRET, ...args];

describe('cydran-auth', () => {
  it('says how to use it, and exits 2, for an unknown command or a bad port', async () => {
    const unknown = io();
    assert.equal(await run(['serve'], unknown), 2);
    assert.match(unknown.errors, /unknown command "serve"/);
    assert.match(unknown.errors, /cydran-auth example \[--port 3000\]/);
    const port = io();
    assert.equal(await run(['example', '--port', 'eighty'], port), 2);
    assert.match(port.errors, /--port must be a whole number from 0 to 65535 \(got "eighty"\)/);
  });

  it('says the provider cannot be reached, and how to start it', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const captured = io();
    assert.equal(await run(example('--issuer', `http://127.0.0.1:${port}`, '--port', '0'), captured), 1);
    assert.match(captured.errors, new RegExp(`Cannot reach the OpenID provider at http://127\\.0\\.0\\.1:${port}`));
    assert.match(captured.errors, /npx cydran-auth provider/);
  });

  it('says a DATABASE_URL does not connect, without its password', async () => {
    const captured = io({ DATABASE_URL: 'postgres://council:hunter2@127.0.0.1:1/services' });
    assert.equal(await run(['example', '--issuer', provider.issuer, '--client-id', CLIENT_ID, '--client-secret', CLIENT_SECRET], captured), 1);
    assert.match(captured.errors, /Cannot reach the PostgreSQL database at postgres:\/\/council:\*\*\*@127\.0\.0\.1:1\/services/);
    assert.ok(!captured.errors.includes('hunter2'), 'the password is never printed');
  });

  it('serves the example service against the provider, and says when its port is taken', async () => {
    const first = io();
    const running = await run(example('--issuer', provider.issuer, '--port', '0'), first);
    if (typeof running === 'number') assert.fail(`example exited ${running}: ${first.errors}`);
    const service = running;
    try {
      assert.match(first.output, /Example council service at http:\/\/localhost:\d+\//);
      const home = await fetch(service.url);
      assert.equal(home.status, 200);
      const signIn = await fetch(new URL('/missed-bin/', service.url), { redirect: 'manual' });
      assert.equal(signIn.status, 303, 'the form is behind sign-in');
      const port = new URL(service.url).port;
      await service.close();
      const blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(Number(port), resolve));
      try {
        const second = io();
        assert.equal(await run(example('--issuer', provider.issuer, '--port', port), second), 1);
        assert.match(second.errors, new RegExp(`Port ${port} is already in use. Stop what is using it or choose another with --port`));
      } finally {
        await new Promise<void>((resolve) => blocker.close(() => resolve()));
      }
    } finally {
      await service.close().catch(() => {});
    }
  });
});
