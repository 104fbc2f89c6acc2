/** @vitest-environment happy-dom */
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GeneralSettings } from '@/components/options/GeneralSettings';
import { DEFAULT_SETTINGS, widgetOnByDefault } from '@/lib/storage/defaults';
import { parseSettings } from '@/lib/storage/settings';
import { renderOptions } from './render';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the widget in Firefox (opt-in)', () => {
  it('is off by default in Firefox only, where its frame address would identify the install', () => {
    expect(widgetOnByDefault('firefox')).toBe(false);
    expect(widgetOnByDefault('chrome')).toBe(true);
    expect(DEFAULT_SETTINGS.widgetEnabled).toBe(true);
  });

  it.each([
    [['en'], /fixed for this installation/],
    [['de'], /für diese Installation feste/],
  ])('says why beside the switch in Firefox (%s)', (languages, sentence) => {
    renderOptions(<GeneralSettings settings={parseSettings({ widgetEnabled: false })} save={vi.fn()} firefox />, languages);

    expect(screen.getByRole('switch')).toHaveAccessibleDescription(sentence);
  });

  it('says nothing of it in other browsers', () => {
    renderOptions(<GeneralSettings settings={parseSettings({})} save={vi.fn()} firefox={false} />, ['en']);

    expect(screen.queryByText(/fixed for this installation/)).toBeNull();
  });
});
