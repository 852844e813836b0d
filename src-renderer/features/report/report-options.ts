import { periodForPreset, type ReportPeriodPreset } from '../../../src-main/shared/domain/report';

/** The period the screen asks for: a preset ending today, or the person's own dates. */
export function periodOf(
  preset: ReportPeriodPreset,
  custom: { from: string; to: string },
  today: string,
): { from: string; to: string } {
  return preset === 'custom' ? custom : periodForPreset(preset, today);
}

/** Names compared as the redactor compares them: same letters, any case, same Unicode form. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

/**
 * The names to hide: the proposals the person kept, then the ones they added, each once.
 * `removed` holds keys (see `nameKey`) of proposals the person took off the list.
 */
export function redactionList(
  proposals: readonly string[],
  removed: ReadonlySet<string>,
  added: readonly string[],
): string[] {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const name of [...proposals.filter((p) => !removed.has(nameKey(p))), ...added]) {
    const key = nameKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    list.push(name.trim());
  }
  return list;
}
