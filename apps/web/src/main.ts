import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { nextTask } from './app/next-task';
import { keepTypedInput } from './app/typed-input';

const restoreTypedInput = keepTypedInput(document);
// Evaluating the initial scripts and starting the app are two tasks, not one (next-task.ts).
nextTask(appConfig)
  .then((config) => bootstrapApplication(App, config))
  .then(restoreTypedInput)
  .catch((error: unknown) => console.error(error));
