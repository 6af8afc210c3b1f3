#ifdef __cplusplus
extern "C" {
#endif
int net_dial(int fd, const struct sockaddr *sa, socklen_t len);
#ifdef __cplusplus
}
#endif
