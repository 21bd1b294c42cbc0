import { type Translate, type UiLang, translator } from '../i18n/index.ts';
import type { CommandData, OptionSpec, OptionValues } from './command.ts';
import { closest } from './did-you-mean.ts';

type UsageValues = Record<string, unknown> | ((t: Translate) => Record<string, unknown>);

/** A mistake the user can fix, said from the catalogs in their language (its `message` is English, for logs). */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    private readonly values: UsageValues = {},
  ) {
    const en = translator('en');
    super(en(key, typeof values === 'function' ? values(en) : values));
  }

  in(lang: UiLang | undefined): string {
    const t = translator(lang);
    return t(this.key, typeof this.values === 'function' ? this.values(t) : this.values);
  }
}

/** The catalog key of an option's name, description and choices. */
export function optionKey(data: CommandData, spec: OptionSpec): string {
  return spec.key ?? `commands.${data.name}.options.${spec.name}`;
}

/** An option's description in a language. */
export function describeOption(data: CommandData, spec: OptionSpec, t: Translate): string {
  return t(`${optionKey(data, spec)}.description`, { defaultValue: spec.description });
}

/** The error for an option a command does not have, with the one it most likely meant. */
export function unknownOption(data: CommandData, typed: string, written = typed): UsageError {
  const names = data.options.map((o) => o.name);
  const guess = closest(typed, names);
  if (guess) return new UsageError('usage.unknownOptionGuess', { option: written, command: data.name, guess: written.replace(typed, guess) });
  return new UsageError('usage.unknownOption', { option: written, command: data.name, options: names.join(', ') || '–' });
}

function coerce(spec: OptionSpec, raw: string | number | boolean): string | number | boolean {
  switch (spec.type) {
    case 'integer': {
      const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
      if (!Number.isInteger(n)) throw new UsageError('usage.wholeNumber', { option: spec.name, value: raw });
      if (spec.min !== undefined && n < spec.min) throw new UsageError('usage.atLeast', { option: spec.name, min: spec.min, value: n });
      if (spec.max !== undefined && n > spec.max) throw new UsageError('usage.atMost', { option: spec.name, max: spec.max, value: n });
      return n;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const text = String(raw).toLowerCase();
      if (['true', 'yes', '1', 'on'].includes(text)) return true;
      if (['false', 'no', '0', 'off'].includes(text)) return false;
      throw new UsageError('usage.trueFalse', { option: spec.name, value: raw });
    }
    case 'string': {
      const text = String(raw).trim();
      if (spec.minLength !== undefined && text.length < spec.minLength) throw new UsageError('usage.minLength', { option: spec.name, min: spec.minLength });
      if (spec.maxLength !== undefined && text.length > spec.maxLength) throw new UsageError('usage.maxLength', { option: spec.name, max: spec.maxLength });
      if (spec.choices && !spec.choices.some((c) => c.value === text)) {
        throw new UsageError('usage.oneOf', { option: spec.name, values: spec.choices.map((c) => c.value).join(', '), value: text });
      }
      return text;
    }
  }
}

/** Checks raw option values against a command's declaration: names, types, ranges, choices, required. */
export function validateOptions(data: CommandData, raw: Record<string, string | number | boolean | undefined>): OptionValues {
  const values: OptionValues = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const spec = data.options.find((o) => o.name === name);
    if (!spec) throw unknownOption(data, name);
    values[name] = coerce(spec, value);
  }
  for (const spec of data.options) {
    if (spec.required && (values[spec.name] === undefined || values[spec.name] === '')) {
      throw new UsageError('usage.required', (t) => ({ command: data.name, option: spec.name, description: lowerFirst(describeOption(data, spec, t)) }));
    }
  }
  return values;
}

const lowerFirst = (text: string) => (text ? text[0].toLowerCase() + text.slice(1) : text);
