/** When form fields show their errors, for the app's config: apart from the barrel, like `progress`. */
export * from './lib/form-errors/form-errors';
