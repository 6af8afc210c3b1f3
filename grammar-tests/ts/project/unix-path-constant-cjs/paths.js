// The project's socket paths, in one CommonJS module.
const CONTROL_SOCKET = '/run/app/control.sock';
const DATA_SOCKET = '/var/run/a-service-with-a-very-long-name/a-service-with-a-very-long-name/a-service-with-a-very-long-name/a-service-with-a-very-long-name/data.sock';

module.exports = { CONTROL_SOCKET, DATA_SOCKET };
