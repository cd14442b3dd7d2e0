/*
 * cliopt.c: one-line descriptions of getopt_long's refusals (cliopt.h).
 *
 * getopt_long leaves little behind when it refuses an argument: optind
 * and optopt.  Which argv element was at fault follows from glibc's
 * rules: a long option has been consumed (argv[optind - 1]); a short
 * option in a cluster ("-anesthesia") has been consumed only when it was
 * the cluster's last character.  Pure: no I/O.
 */
#include <stdio.h>
#include <string.h>

#include "cliopt.h"

const char *cliopt_progname(const char *argv0)
{
	const char *slash = argv0 ? strrchr(argv0, '/') : NULL;
	return slash ? slash + 1 : argv0 && *argv0 ? argv0 : "?";
}

/* 1 if s looks like a cluster of short options: "-x...", not "-" or "--...". */
static int short_cluster(const char *s)
{
	return s && s[0] == '-' && s[1] && s[1] != '-';
}

static int long_problem(const char *arg, int ret, const struct option *longopts,
    char *buf, size_t len)
{
	const char *name = arg + 2, *eq = strchr(name, '=');
	size_t n = eq ? (size_t)(eq - name) : strlen(name);
	int exact = -1, prefixes = 0;
	for (int i = 0; longopts[i].name; i++) {
		if (strncmp(longopts[i].name, name, n) != 0)
			continue;
		if (longopts[i].name[n] == 0)
			exact = i;
		prefixes++;
	}
	if (ret == ':') {
		snprintf(buf, len, "option '--%.*s' needs an argument", (int)n, name);
		return CLIOPT_OTHER;
	}
	if (exact < 0 && prefixes == 1)	/* an accepted abbreviation */
		for (int i = 0; longopts[i].name; i++)
			if (strncmp(longopts[i].name, name, n) == 0)
				exact = i;
	if (exact >= 0 && eq && longopts[exact].has_arg == no_argument) {
		snprintf(buf, len, "option '--%s' takes no argument", longopts[exact].name);
		return CLIOPT_OTHER;
	}
	if (exact < 0 && prefixes > 1) {
		size_t used = (size_t)snprintf(buf, len, "option '--%.*s' is ambiguous (", (int)n, name);
		const char *sep = "";
		for (int i = 0; longopts[i].name && used < len; i++) {
			if (strncmp(longopts[i].name, name, n) != 0)
				continue;
			used += (size_t)snprintf(buf + used, len - used, "%s--%s", sep, longopts[i].name);
			sep = ", ";
		}
		if (used < len)
			snprintf(buf + used, len - used, ")");
		return CLIOPT_OTHER;
	}
	snprintf(buf, len, "unknown option '--%.*s'", (int)n, name);
	return CLIOPT_UNKNOWN;
}

int cliopt_problem(int ret, int argc, char *const argv[], int optind_now, int optopt_now,
    const struct option *longopts, char *buf, size_t len)
{
	const char *prev = optind_now >= 1 && optind_now - 1 < argc ? argv[optind_now - 1] : NULL;
	const char *cur = optind_now >= 1 && optind_now < argc ? argv[optind_now] : NULL;

	if (len == 0)
		return CLIOPT_OTHER;
	buf[0] = 0;
	/* the cluster holding a refused short option: finished (prev) or not (cur) */
	const char *arg = NULL;
	size_t n;
	if (optopt_now > 0 && optopt_now < 128) {
		if (short_cluster(prev) && (n = strlen(prev)) > 1 && prev[n - 1] == optopt_now)
			arg = prev;
		else if (short_cluster(cur) && strchr(cur + 1, optopt_now))
			arg = cur;
	}
	if (arg == NULL && prev && strncmp(prev, "--", 2) == 0 && prev[2])
		return long_problem(prev, ret, longopts, buf, len);
	if (ret == ':') {
		snprintf(buf, len, "option '-%c' needs an argument", optopt_now);
		return CLIOPT_OTHER;
	}
	if (arg && strlen(arg) > 2)
		snprintf(buf, len, "unknown option '%s'", arg);
	else
		snprintf(buf, len, "unknown option '-%c'", optopt_now);
	return CLIOPT_UNKNOWN;
}
