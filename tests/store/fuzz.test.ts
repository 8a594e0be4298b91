/**
 * The fuzz suite (issue 12): thousands of generated and mutated links, stored values and
 * set-up files — cut short, wrong types, huge numbers, NaN, negative sizes, 10,000 layers,
 * deep nesting, long strings, script in text fields — through the app's real parsing code
 * (decodeLink, readStart, readSession, importSetup). It holds that no exception escapes,
 * nothing is half applied (the app starts on, or keeps, one whole valid state), and every
 * refusal carries a sentence in words. Seeded (FUZZ_SEED to change it), and it prints its counts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../src/engine';
import { initialAppState } from '../../src/store/appState';
import { decodeLink, encodeLink, encodeLinkPlain, type Link } from '../../src/store/linkCodec';
import { STORAGE_KEY, type PageParts } from '../../src/store/persistence';
import { readStart } from '../../src/store/persistenceStart';
import { serialise } from '../../src/store/schema';
import { linkStateOf, linkStateSchema, type LinkState } from '../../src/store/schemaState';
import { readSession, sessionRecord } from '../../src/store/sessionRecord';
import { LossHistory } from '../../src/store/ringBuffer';
import { GradientHistory } from '../../src/store/gradientHistory';
import { trainerConfigsOf } from '../../src/store/compare';
import { memoryStore } from '../helpers/memoryStore';
import { damagePrefix, deepJson, hostileValue, mutateText, mutateValue } from '../helpers/mutate';
import { pick, randomLinkState } from '../helpers/linkStates';
import { disposeApps, testApp } from '../helpers/testApp';

const SEED = Number(process.env.FUZZ_SEED ?? 20240611);
// Each test checks only its own failures.
const counts = {
  links: 0,
  storedValues: 0,
  files: 0,
  accepted: 0,
  refused: 0,
  empty: 0,
  exceptions: 0,
  halfApplied: 0,
};
/** A few of the refusals, printed so a person can read what the user is told. */
const samples = new Map<string, string>();
const failures: string[] = [];

afterAll(() => {
  disposeApps();
  const total = counts.links + counts.storedValues + counts.files;
  console.log(
    `Fuzz (seed ${SEED}): ${total.toLocaleString('en')} inputs — ${counts.links.toLocaleString('en')} links, ` +
      `${counts.storedValues.toLocaleString('en')} stored values, ${counts.files.toLocaleString('en')} set-up files; ` +
      `${counts.accepted.toLocaleString('en')} accepted, ${counts.refused.toLocaleString('en')} refused with a message; ` +
      `${counts.empty} empty (nothing stored); ${counts.exceptions} exceptions escaped, ${counts.halfApplied} half-applied states.\n` +
      `Some of what the user was told:\n${[...samples.values()].map((m) => `  ${m}`).join('\n')}`,
  );
});

/** zod's wording, which must never reach the reader. */
const ZOD_WORDS = /Invalid input|expected [a-z]|received [a-z]|Too big|Too small|<=|>=|\[object /;

function checkMessage(message: unknown, what: string): void {
  const kind = `${what.split(' ')[0]}:${String(message).slice(0, 40)}`;
  if (
    samples.size < 12 &&
    typeof message === 'string' &&
    ![...samples.keys()].some((k) => k.startsWith(kind.slice(0, 20)))
  )
    samples.set(kind, message);
  const ok =
    typeof message === 'string' &&
    message.trim().length > 3 &&
    message.length < 600 &&
    !ZOD_WORDS.test(message) &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f]/.test(message);
  if (!ok) failures.push(`${what}: bad message ${JSON.stringify(message)?.slice(0, 200)}`);
  // decodeLink's last-resort catch: an exception turned into words still counts as escaped.
  if (typeof message === 'string' && message.includes('(it could not be read)')) {
    counts.exceptions++;
    failures.push(`${what}: an exception was caught by the last resort`);
  }
}

function halfApplied(what: string): void {
  counts.halfApplied++;
  failures.push(what);
}

/** A valid saved session of a random state: weights, moments, counters and charts. */
function randomSession(rng: Rng) {
  const state = randomLinkState(rng);
  const trainers = trainerConfigsOf(state).map(() => {
    const n = 1 + rng.int(80);
    const f = () => Float64Array.from({ length: n }, () => rng.normal());
    return {
      params: f(),
      optimizer: { velocity: f(), secondMoment: f(), steps: rng.int(1000) },
      counters: { step: rng.int(1e6), epoch: rng.int(1e4), examplesSeen: rng.int(1e8) },
    };
  });
  const loss = trainers.map(() => new LossHistory());
  loss.forEach((h) => Array.from({ length: rng.int(50) }, (_, s) => h.push(s, rng.next(), rng.next())));
  const gradients = [new GradientHistory(state.config.hidden.length + 1)];
  return sessionRecord(
    state,
    trainers,
    { loss: loss.map((h) => h.save()), gradients: gradients.map((g) => g.save()) },
    1,
  );
}

/** Arrays where typed arrays of numbers belong: NaN, infinite, the wrong kind, none. */
const HOSTILE_ARRAYS: (() => unknown)[] = [
  () => new Float64Array(3).fill(NaN),
  () => Float64Array.from([Infinity]),
  () => new Float32Array(4),
  () => [1, 2, 3],
  () => new Float64Array(0),
  () => null,
  () => 'x',
  () => new Float64Array(1_000_001),
];
const hostileArray = (rng: Rng): unknown => pick(rng, HOSTILE_ARRAYS)();

async function guarded(what: string, work: () => Promise<void> | void): Promise<void> {
  try {
    await work();
  } catch (e) {
    counts.exceptions++;
    failures.push(`${what}: threw ${e instanceof Error ? e.stack : String(e)}`);
  }
}

/** A whole, valid link state (not a mix): it parses and comes back unchanged. */
function isWholeState(initial: Partial<LinkState>): boolean {
  const r = linkStateSchema.safeParse(initial);
  return r.success && JSON.stringify(r.data) === JSON.stringify(linkStateOf({ ...initialAppState(), ...initial }));
}

function fakePage(hash: string, stored: string | null): PageParts {
  const items = new Map<string, string>(stored === null ? [] : [[STORAGE_KEY, stored]]);
  return {
    location: { hash },
    history: { replaceState: () => {} },
    storage: () => ({ getItem: (k: string) => items.get(k) ?? null }) as unknown as Storage,
    on: () => () => {},
    hidden: () => false,
  };
}

async function randomLink(rng: Rng): Promise<string> {
  const state = randomLinkState(rng);
  const weights =
    rng.next() < 0.2
      ? trainerConfigsOf(state).map(() => ({
          params: Float64Array.from({ length: 1 + rng.int(60) }, () => rng.normal()),
        }))
      : null;
  const link: Link = { state, weights };
  switch (rng.int(3)) {
    case 0:
      return encodeLink(link);
    case 1:
      return encodeLinkPlain(link);
    default:
      return `s=${Buffer.from(serialise({ config: state.config, compare: state.compare })).toString('base64url')}`;
  }
}

/** A hostile version of a good link: text damage, prefix damage, or a hostile value inside. */
async function mutatedLink(rng: Rng): Promise<string> {
  const good = await randomLink(rng);
  switch (rng.int(5)) {
    case 0:
      return `#${mutateText(good, rng)}`;
    case 1:
      return damagePrefix(good, rng);
    case 2:
      return `#s2=${Buffer.from(rng.next() < 0.5 ? deepJson(1 + rng.int(20_000)) : 'x'.repeat(rng.int(500))).toString('base64url')}`;
    default: {
      const decoded = await decodeLink(good);
      const wire = decoded?.ok
        ? JSON.parse(Buffer.from(encodeLinkPlain(decoded.value).slice(3), 'base64url').toString())
        : {};
      const text = JSON.stringify(mutateValue(wire, rng)) ?? 'null';
      const bytes = new TextEncoder().encode(text);
      return rng.next() < 0.5
        ? `#s2=${Buffer.from(bytes).toString('base64url')}`
        : `#z2=${Buffer.from(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer()).toString('base64url')}`;
    }
  }
}

describe('fuzz', { timeout: 120_000 }, () => {
  it('links: opened whole or refused with a sentence, through decodeLink and the start of the app', async () => {
    const rng = createRng(SEED);
    const fallback = linkStateOf(initialAppState({ config: { ...initialAppState().config, seed: 77 } }));
    const stored = encodeLinkPlain({ state: fallback, weights: null });
    for (let k = 0; k < 4000; k++) {
      const hash = k % 10 === 0 ? `#${await randomLink(rng)}` : await mutatedLink(rng);
      counts.links++;
      await guarded(`link ${k}`, async () => {
        const r = await decodeLink(hash);
        const start = await readStart(fakePage(hash, stored), null);
        if (r === null || r.ok) counts.accepted++;
        else {
          counts.refused++;
          checkMessage(r.message, `link ${k}`);
          checkMessage(start.notice, `link ${k} notice`);
        }
        // The app starts on the link's whole state, or on the stored one: never a mix.
        const expected = r?.ok ? r.value.state : fallback;
        if (
          !isWholeState(start.initial) ||
          JSON.stringify(linkStateOf({ ...initialAppState(), ...start.initial })) !==
            JSON.stringify(linkStateOf({ ...initialAppState(), ...expected }))
        ) {
          halfApplied(`link ${k}: started on something else`);
        }
      });
    }
    expect(failures.splice(0).slice(0, 5)).toEqual([]);
  });

  it('stored sessions: restored whole or refused with a sentence, never weights from a refused one', async () => {
    const rng = createRng(SEED + 1);
    for (let k = 0; k < 2000; k++) {
      const good = randomSession(rng);
      const record =
        k % 10 === 0 ? good : mutateValue(good, rng, (r) => (r.next() < 0.3 ? hostileArray(r) : hostileValue(r)));
      counts.storedValues++;
      await guarded(`session ${k}`, async () => {
        const saved = await readSession(record);
        const start = await readStart(fakePage('', null), memoryStore(record));
        if (saved?.ok) {
          counts.accepted++;
          if (JSON.stringify(start.restored?.resume) !== JSON.stringify(saved.value.resume))
            halfApplied(`session ${k}: restored other weights`);
        } else if (saved === null) {
          counts.empty++;
        } else {
          counts.refused++;
          checkMessage(saved.message, `session ${k}`);
          checkMessage(start.notice, `session ${k} notice`);
          if (start.restored !== null) halfApplied(`session ${k}: weights restored from a refused session`);
        }
        if (Object.keys(start.initial).length > 0 && !isWholeState(start.initial))
          halfApplied(`session ${k}: a partial state`);
      });
    }
    expect(failures.splice(0).slice(0, 5)).toEqual([]);
  });

  it('stored set-ups (localStorage): used whole or refused with a sentence', async () => {
    const rng = createRng(SEED + 3);
    for (let k = 0; k < 1000; k++) {
      const state = randomLinkState(rng);
      const good =
        k % 2 === 0
          ? serialise({ config: state.config, compare: state.compare })
          : encodeLinkPlain({ state, weights: null });
      const value =
        k % 10 === 0
          ? good
          : rng.next() < 0.5
            ? mutateText(good, rng)
            : (JSON.stringify(mutateValue(JSON.parse(k % 2 === 0 ? good : '{}'), rng)) ?? '');
      counts.storedValues++;
      await guarded(`stored set-up ${k}`, async () => {
        const start = await readStart(fakePage('', value), null);
        const used = Object.keys(start.initial).length > 0;
        if (used) {
          counts.accepted++;
          if (!isWholeState(start.initial)) halfApplied(`stored set-up ${k}: a partial state`);
        } else if (value === '') {
          counts.empty++;
        } else {
          counts.refused++;
          checkMessage(start.notice, `stored set-up ${k}`);
        }
      });
    }
    expect(failures.splice(0).slice(0, 5)).toEqual([]);
  });

  it('set-up files: loaded whole or refused with a sentence naming the file, the app unchanged', async () => {
    const rng = createRng(SEED + 2);
    const { app } = testApp();
    for (let k = 0; k < 3000; k++) {
      const state = randomLinkState(rng);
      const text = serialise({ config: state.config, compare: state.compare });
      const file =
        k % 10 === 0
          ? text
          : rng.next() < 0.4
            ? mutateText(text, rng)
            : (JSON.stringify(mutateValue(JSON.parse(text), rng)) ?? 'undefined');
      counts.files++;
      const name = pick(rng, ['setup.json', '<b>x</b>.json', 'weird name.json']);
      await guarded(`file ${k}`, () => {
        app.run.setState({ problem: null });
        const before = JSON.stringify(linkStateOf(app.state.getState()));
        const loaded = app.commands.importSetup(name, file);
        const after = linkStateOf(app.state.getState());
        if (loaded) {
          counts.accepted++;
          const parsed = JSON.parse(file) as { config: unknown; compare: unknown };
          if (
            JSON.stringify(after.config) !==
            JSON.stringify(
              linkStateSchema.parse({
                config: parsed.config,
                compare: parsed.compare,
                mode: parsed.compare ? 'compare' : 'train',
              }).config,
            )
          ) {
            halfApplied(`file ${k}: loaded something else`);
          }
        } else {
          counts.refused++;
          const message = app.run.getState().problem?.message;
          checkMessage(message, `file ${k}`);
          if (!message?.startsWith(`${name} could not be loaded: `))
            failures.push(`file ${k}: message does not name the file`);
          if (JSON.stringify(after) !== before) {
            halfApplied(`file ${k}: refused but the state changed`);
          }
        }
      });
    }
    expect(failures.splice(0).slice(0, 5)).toEqual([]);
  });

  it('no exception escaped and nothing was half applied', () => {
    expect(counts.exceptions).toBe(0);
    expect(counts.halfApplied).toBe(0);
    expect(counts.links + counts.storedValues + counts.files).toBeGreaterThanOrEqual(10_000);
    expect(counts.refused).toBeGreaterThan(counts.accepted);
  });
});
