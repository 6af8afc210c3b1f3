// The project's socket paths, in one module: its clients import them.
const RUN = '/run/app/';

export const CONTROL_SOCKET = RUN + 'control.sock';
export const DATA_SOCKET = '/var/run/a-service-with-a-very-long-name/a-service-with-a-very-long-name/a-service-with-a-very-long-name/a-service-with-a-very-long-name/data.sock';
export const PORT = 5432;
