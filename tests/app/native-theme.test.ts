import { describe, expect, it } from 'vitest';
import { createApplyTheme } from '../../src-main/app/native-theme';
import type { ThemeChoice } from '../../src-main/shared/domain/settings';

describe('createApplyTheme', () => {
  it("sets Electron's themeSource to the choice and keeps a copy for the next start", () => {
    const nativeTheme: { themeSource: ThemeChoice } = { themeSource: 'system' };
    const kept: ThemeChoice[] = [];
    const apply = createApplyTheme(nativeTheme, (theme) => kept.push(theme));
    apply('dark');
    expect(nativeTheme.themeSource).toBe('dark');
    apply('light');
    expect(nativeTheme.themeSource).toBe('light');
    apply('system');
    expect(nativeTheme.themeSource).toBe('system');
    expect(kept).toEqual(['dark', 'light', 'system']);
  });
});
