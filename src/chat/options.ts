import type { CommandData, OptionSpec, OptionValues } from './command.ts';

export class UsageError extends Error {}

function coerce(spec: OptionSpec, raw: string | number | boolean): string | number | boolean {
  switch (spec.type) {
    case 'integer': {
      const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
      if (!Number.isInteger(n)) throw new UsageError(`option "${spec.name}" must be a whole number, got "${raw}"`);
      if (spec.min !== undefined && n < spec.min) throw new UsageError(`option "${spec.name}" must be at least ${spec.min}, got ${n}`);
      if (spec.max !== undefined && n > spec.max) throw new UsageError(`option "${spec.name}" must be at most ${spec.max}, got ${n}`);
      return n;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const text = String(raw).toLowerCase();
      if (['true', 'yes', '1', 'on'].includes(text)) return true;
      if (['false', 'no', '0', 'off'].includes(text)) return false;
      throw new UsageError(`option "${spec.name}" must be true or false, got "${raw}"`);
    }
    case 'string': {
      const text = String(raw).trim();
      if (spec.minLength !== undefined && text.length < spec.minLength) throw new UsageError(`option "${spec.name}" must be at least ${spec.minLength} characters`);
      if (spec.maxLength !== undefined && text.length > spec.maxLength) throw new UsageError(`option "${spec.name}" must be at most ${spec.maxLength} characters`);
      if (spec.choices && !spec.choices.some((c) => c.value === text)) {
        throw new UsageError(`option "${spec.name}" must be one of ${spec.choices.map((c) => c.value).join(', ')}, got "${text}"`);
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
    if (!spec) {
      const known = data.options.map((o) => o.name).join(', ') || 'none';
      throw new UsageError(`unknown option "${name}" for ${data.name} (options: ${known})`);
    }
    values[name] = coerce(spec, value);
  }
  for (const spec of data.options) {
    if (spec.required && (values[spec.name] === undefined || values[spec.name] === '')) throw new UsageError(`${data.name} needs ${spec.name}: ${spec.description.toLowerCase()}`);
  }
  return values;
}

/** "ask <question> [source:] [since:] …" */
export function usageOf(data: CommandData, style: 'slash' | 'words' = 'slash'): string {
  const parts = data.options.map((o) => {
    if (o.required) return `<${o.name}>`;
    return style === 'slash' ? `[${o.name}:…]` : `[--${o.name} …]`;
  });
  return [`${style === 'slash' ? '/' : ''}${data.name}`, ...parts].join(' ');
}
