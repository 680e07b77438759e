import { backLink } from './back-link';

describe('backLink', () => {
  it('leads back to the family when the tafel was opened from its case page or one of its pages', () => {
    expect(backLink('/gezinnen/c1', 'c1')).toEqual({ path: '/gezinnen/c1', toCase: true });
    expect(backLink('/gezinnen/c1/plan', 'c1')).toEqual({ path: '/gezinnen/c1', toCase: true });
  });

  it('leads to Mijn tafels from anywhere else, also from another family', () => {
    expect(backLink('/tafels', 'c1')).toEqual({ path: '/tafels', toCase: false });
    expect(backLink('/start', 'c1')).toEqual({ path: '/tafels', toCase: false });
    expect(backLink('/gezinnen/c10', 'c1')).toEqual({ path: '/tafels', toCase: false });
    expect(backLink(null, 'c1')).toEqual({ path: '/tafels', toCase: false });
  });
});
