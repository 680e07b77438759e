export * from './lib/invitation/invitation.page';
export * from './lib/login/login.page';
export * from './lib/two-factor-setup/two-factor-setup.page';
