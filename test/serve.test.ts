import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomBytes } from 'node:crypto';
import { DiscordEmulator, snowflake, testUser } from './e2e/discord-emulator.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers.ts';
import { startServer } from './server-process.ts';

const execFileAsync = promisify(execFile);

describe('server mode', () => {
  const dataDir = tempDir('sitrep-serve-');
  let server: ReturnType<typeof startServer> | undefined;
  after(() => {
    server?.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps running with no chat platform configured, and stops cleanly on SIGTERM', async () => {
    server = startServer(dataDir);
    const started = Date.now();
    while (!server.output().includes('Sitrep is running') && Date.now() - started < 30_000) await sleep(100);
    assert.match(server.output(), /Sitrep is running/);
    // It used to print that line and exit about 3 s later: nothing held the event loop.
    const early = await Promise.race([server.exited.then(() => 'exited'), sleep(5_000).then(() => 'running')]);
    assert.equal(early, 'running', server.output());
    server.child.kill('SIGTERM');
    const code = await Promise.race([server.exited, sleep(5_000).then(() => 'timeout')]);
    assert.equal(code, 0, server.output());
    assert.match(server.output(), /Stopping…/);
  });

  it('stops within 5 s of SIGTERM even when Discord has gone away', async () => {
    const applicationId = snowflake();
    const token = `${Buffer.from(applicationId).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
    const emulator = await DiscordEmulator.start({ token, applicationId });
    const dir = tempDir('sitrep-serve-discord-');
    const discordServer = startServer(dir, { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: emulator.apiUrl });
    try {
      const started = Date.now();
      while (!discordServer.output().includes('Sitrep is running') && Date.now() - started < 30_000) await sleep(100);
      assert.match(discordServer.output(), /Sitrep is running/);
      await emulator.close();
      await sleep(500);
      const asked = Date.now();
      discordServer.child.kill('SIGTERM');
      const code = await Promise.race([discordServer.exited, sleep(8_000).then(() => 'timeout')]);
      assert.notEqual(code, 'timeout', discordServer.output());
      assert.ok(Date.now() - asked < 5_000, `stopped after ${Date.now() - asked} ms`);
    } finally {
      discordServer.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps running when Discord cannot be reached at start, and says it will retry', async () => {
    const applicationId = snowflake();
    const token = `${Buffer.from(applicationId).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
    const dir = tempDir('sitrep-serve-unreachable-');
    // Port 9 (discard) on loopback: nothing listens there, the connection is refused at once.
    const unreachable = startServer(dir, { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: 'http://127.0.0.1:9/api', SITREP_HEALTH_PORT: '0' });
    try {
      const started = Date.now();
      while (!unreachable.output().includes('Sitrep is running') && Date.now() - started < 30_000) await sleep(100);
      assert.match(unreachable.output(), /Discord: cannot connect \(.*\); answering elsewhere, retrying in 5 s\./);
      assert.match(unreachable.output(), /Sitrep is running/);
      const early = await Promise.race([unreachable.exited.then(() => 'exited'), sleep(2_000).then(() => 'running')]);
      assert.equal(early, 'running', unreachable.output());
      // The health endpoint says the process is up and Discord is not.
      const base = /Health: (http:\/\/127\.0\.0\.1:\d+)\/healthz/.exec(unreachable.output())![1];
      const health = await fetch(`${base}/healthz`);
      assert.equal(health.status, 200);
      const report = (await health.json()) as { status: string; platforms: Record<string, { state: string; detail?: string }>; store: { articles: number } };
      assert.equal(report.status, 'degraded');
      assert.equal(report.platforms.discord.state, 'unreachable');
      assert.match(report.platforms.discord.detail!, /retrying in \d+ s/);
      assert.equal(report.store.articles, 1);
      assert.equal((await fetch(`${base}/readyz`)).status, 503);
      assert.equal((await fetch(`${base}/other`)).status, 404);
      unreachable.child.kill('SIGTERM');
      assert.equal(await Promise.race([unreachable.exited, sleep(5_000).then(() => 'timeout')]), 0, unreachable.output());
    } finally {
      unreachable.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers from articles a `sitrep ingest` beside it stored, within seconds, without a restart', async () => {
    const applicationId = snowflake();
    const token = `${Buffer.from(applicationId).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
    const emulator = await DiscordEmulator.start({ token, applicationId });
    const dir = tempDir('sitrep-serve-follow-');
    const server = startServer(dir, { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: emulator.apiUrl, SITREP_HEALTH_PORT: '0' });
    try {
      await server.waitFor(/Sitrep is running/);
      const base = /Health: (http:\/\/127\.0\.0\.1:\d+)\/healthz/.exec(server.output())![1];
      const ready = await fetch(`${base}/readyz`);
      assert.equal(ready.status, 200);
      assert.equal(((await ready.json()) as { platforms: Record<string, { state: string }> }).platforms.discord.state, 'connected');
      const article = join(dir, 'melitopol.json');
      writeFileSync(article, JSON.stringify({ title: 'Partisans blow up a rail bridge near Melitopol', outlet: 'Example Wire', lang: 'en', publishedAt: '2025-02-03', text: 'Ukrainian partisans blew up a railway bridge near occupied Melitopol, cutting a supply line used by Russian forces, the resistance movement said on Monday.' }));
      // Spawned, not spawnSync: the emulator in this process must keep answering the bot's heartbeats.
      const cli = await execFileAsync(process.execPath, ['--import', 'tsx', new URL('../index.ts', import.meta.url).pathname, '--data-dir', dir, 'ingest', article], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.match(cli.stdout + cli.stderr, /1 added/);
      const deadline = Date.now() + 10_000;
      let answer = '';
      while (Date.now() < deadline) {
        const record = await emulator
          .answered(emulator.dispatchInteraction(emulator.slashCommand(testUser(`reader${Date.now()}`), 'ask', { question: 'railway bridge Melitopol partisans' })), 10_000)
          .catch((error: Error) => assert.fail(`${error.message}\n${server.output()}`));
        answer = JSON.stringify([record.callback?.data, ...record.edits]).replaceAll('**', '');
        if (answer.includes('blew up a railway bridge')) break;
        await sleep(500);
      }
      assert.match(answer, /blew up a railway bridge near occupied Melitopol/, server.output());
    } finally {
      server.child.kill('SIGTERM');
      await Promise.race([server.exited, sleep(5_000)]);
      server.child.kill('SIGKILL');
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
