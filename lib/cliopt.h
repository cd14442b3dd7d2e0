/*
 * cliopt.h: one-line descriptions of what getopt_long refused.
 *
 * The programs call getopt_long with opterr = 0 and an optstring that
 * starts with ':', so getopt_long says nothing itself; when it returns '?'
 * or ':' this module names the argument at fault in one line ("unknown
 * option '-anesthesia'", "option '--db' needs an argument", "option '--s'
 * is ambiguous (--source, --source-decay)") for the program to print with
 * its own hint.  It never prints and never exits.
 */
#ifndef CLIOPT_H
#define CLIOPT_H

#include <getopt.h>
#include <stddef.h>

#define CLIOPT_UNKNOWN 1	/* an option that does not exist (maybe meant as text) */
#define CLIOPT_OTHER 0		/* missing or unwanted argument, ambiguous abbreviation */

/*
 * ret: what getopt_long returned ('?' or ':'); optind_now and optopt_now:
 * getopt's optind and optopt right after that call.  Writes the
 * description, without a trailing newline, into buf (len bytes, always
 * NUL-terminated when len > 0).  Returns CLIOPT_UNKNOWN or CLIOPT_OTHER.
 */
int cliopt_problem(int ret, int argc, char *const argv[], int optind_now, int optopt_now,
    const struct option *longopts, char *buf, size_t len);

/* The last component of a program's argv[0] ("bin/query" -> "query"). */
const char *cliopt_progname(const char *argv0);

#endif
