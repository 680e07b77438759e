import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { keepTypedInput } from './app/typed-input';

const restoreTypedInput = keepTypedInput(document);
bootstrapApplication(App, appConfig)
  .then(restoreTypedInput)
  .catch((error: unknown) => console.error(error));
