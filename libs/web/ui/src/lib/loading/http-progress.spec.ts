import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpProgress } from './http-progress';
import { PROGRESS_DELAY_MS } from './progress-delay';

@Component({ imports: [HttpProgress], template: `<tafel-http-progress [active]="active()" />` })
class Host {
  readonly active = signal(false);
}

describe('HttpProgress', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const bar = (el: HTMLElement) => el.querySelector('[role=progressbar]');

  it('shows the bar only when a wait lasts longer than the delay, and hides it when done', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    fixture.componentInstance.active.set(true);
    fixture.detectChanges();
    jest.advanceTimersByTime(PROGRESS_DELAY_MS - 1);
    fixture.detectChanges();
    expect(bar(fixture.nativeElement)).toBeNull();
    jest.advanceTimersByTime(1);
    fixture.detectChanges();
    expect(bar(fixture.nativeElement)).not.toBeNull();
    fixture.componentInstance.active.set(false);
    fixture.detectChanges();
    expect(bar(fixture.nativeElement)).toBeNull();
  });

  it('never shows it for a quick answer', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.active.set(true);
    fixture.detectChanges();
    jest.advanceTimersByTime(100);
    fixture.componentInstance.active.set(false);
    fixture.detectChanges();
    jest.advanceTimersByTime(PROGRESS_DELAY_MS);
    fixture.detectChanges();
    expect(bar(fixture.nativeElement)).toBeNull();
  });
});
