// A helper that connects the socket it is handed.
export function open(socket, port) {
  socket.connect(port, 'example.com');
}
