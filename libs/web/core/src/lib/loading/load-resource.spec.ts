import { HttpErrorResponse } from '@angular/common/http';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, throwError } from 'rxjs';
import { loadedValue, loadResource, LoadState } from './load-resource';

describe('loadResource', () => {
  function inComponent<T>(create: () => () => LoadState<T>) {
    @Component({ selector: 'tafel-host', template: '' })
    class Host {
      readonly state = create();
    }
    const fixture = TestBed.createComponent(Host);
    return { state: fixture.componentInstance.state, destroy: () => fixture.destroy() };
  }

  it('is loading until the answer comes, then holds the value', () => {
    const answer = new Subject<string[]>();
    const { state } = inComponent(() => loadResource(() => answer));
    expect(state()).toEqual({ status: 'loading' });

    answer.next(['a', 'b']);
    expect(state()).toEqual({ status: 'loaded', value: ['a', 'b'] });
    expect(loadedValue(state())).toEqual(['a', 'b']);
  });

  it('says what went wrong in Dutch instead of throwing', () => {
    const failure = new HttpErrorResponse({ status: 404, error: { code: 'not_found' } });
    const { state } = inComponent(() => loadResource(() => throwError(() => failure)));
    expect(state()).toEqual({
      status: 'failed',
      message: 'Dit bestaat niet, of u heeft er geen toegang toe.',
    });
    expect(loadedValue(state())).toBeNull();
  });

  it('loads again from "loading" when the parameters change, and ignores an overtaken answer', () => {
    const params = new Subject<number>();
    const answers = new Map<number, Subject<string>>([
      [1, new Subject<string>()],
      [2, new Subject<string>()],
    ]);
    const asked: number[] = [];
    const { state } = inComponent(() =>
      loadResource(params, (page: number) => {
        asked.push(page);
        return answers.get(page) as Subject<string>;
      }),
    );
    params.next(1);
    params.next(2);
    answers.get(1)?.next('page one, too late');
    expect(state()).toEqual({ status: 'loading' });

    answers.get(2)?.next('page two');
    expect(state()).toEqual({ status: 'loaded', value: 'page two' });
    expect(asked).toEqual([1, 2]);
  });

  it('stops listening when the page is destroyed', () => {
    const answer = new Subject<string>();
    const { state, destroy } = inComponent(() => loadResource(() => answer));
    destroy();
    expect(answer.observed).toBe(false);
    expect(state()).toEqual({ status: 'loading' });
  });
});
