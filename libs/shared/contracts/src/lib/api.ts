export const API_PREFIX = 'api/v1';
export const API_VERSION = '1.0.0';
