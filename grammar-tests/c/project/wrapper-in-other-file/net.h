int net_dial(int fd, const struct sockaddr *sa, socklen_t len);
