/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { observeDom } from '@/lib/content/dom-watch';

/** Timers run by hand. */
function manualTimers() {
  const pending: Array<() => void> = [];
  return {
    setTimer: (callback: () => void) => void pending.push(callback),
    runAll: () => pending.splice(0).forEach((callback) => callback()),
    get count() {
      return pending.length;
    },
  };
}

const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => document.body.replaceChildren());

describe('observeDom', () => {
  it('checks once per burst of added or removed nodes', async () => {
    const timers = manualTimers();
    const onChange = vi.fn();
    observeDom(document.body, onChange, timers.setTimer);

    for (let i = 0; i < 10; i += 1) document.body.append(document.createElement('div'));
    await mutationsDelivered();
    document.body.firstElementChild?.remove();
    await mutationsDelivered();
    expect(timers.count).toBe(1);
    timers.runAll();

    expect(onChange).toHaveBeenCalledOnce();
  });

  it('checks again for a later burst', async () => {
    const timers = manualTimers();
    const onChange = vi.fn();
    observeDom(document.body, onChange, timers.setTimer);

    document.body.append(document.createElement('p'));
    await mutationsDelivered();
    timers.runAll();
    document.body.append(document.createElement('p'));
    await mutationsDelivered();
    timers.runAll();

    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('ignores attribute changes, so resizing the widget triggers nothing', async () => {
    const timers = manualTimers();
    const div = document.createElement('div');
    document.body.append(div);
    observeDom(document.body, vi.fn(), timers.setTimer);

    div.style.setProperty('width', '300px');
    div.setAttribute('data-x', '1');
    await mutationsDelivered();

    expect(timers.count).toBe(0);
  });

  it('drops a scheduled check once stopped', async () => {
    const timers = manualTimers();
    const onChange = vi.fn();
    const stop = observeDom(document.body, onChange, timers.setTimer);

    document.body.append(document.createElement('p'));
    await mutationsDelivered();
    stop();
    timers.runAll();
    document.body.append(document.createElement('p'));
    await mutationsDelivered();

    expect(onChange).not.toHaveBeenCalled();
    expect(timers.count).toBe(0);
  });
});
