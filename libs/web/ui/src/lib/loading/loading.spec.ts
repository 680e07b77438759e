import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Loading } from './loading';

@Component({
  selector: 'tafel-host',
  imports: [Loading],
  template: `@if (waiting()) {
    <tafel-loading [delay]="delay">De tafels worden geladen…</tafel-loading>
  }`,
})
class Host {
  readonly waiting = signal(true);
  readonly delay = 300;
}

describe('Loading', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element, bar: () => element.querySelector('mat-progress-bar') };
  }

  it('says what it waits for, as a polite status', () => {
    const { element } = render();
    const status = element.querySelector('tafel-loading');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent?.trim()).toBe('De tafels worden geladen…');
  });

  it('shows a progress bar only when the wait lasts longer than the delay', () => {
    const { fixture, bar } = render();
    jest.advanceTimersByTime(299);
    fixture.detectChanges();
    expect(bar()).toBeNull();

    jest.advanceTimersByTime(1);
    fixture.detectChanges();
    expect(bar()).not.toBeNull();
    expect(bar()?.getAttribute('mode')).toBe('indeterminate');
  });

  it('never shows the bar when the data arrives in time', () => {
    const { fixture, element, bar } = render();
    fixture.componentInstance.waiting.set(false);
    fixture.detectChanges();
    jest.advanceTimersByTime(1000);
    fixture.detectChanges();
    expect(bar()).toBeNull();
    expect(element.textContent).not.toContain('geladen');
  });
});
