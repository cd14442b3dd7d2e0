/*
 * extension.c: entry point of bin/fts5_snowball.so, the loadable SQLite
 * extension that registers the same "snowball" tokenizer the programs use,
 * so that the stock sqlite3 shell, Python's sqlite3 module or any other
 * client can `.load` it and query an index.  Built only with
 * SNOWBALL_LOADABLE; it owns nothing but the hand-over to tokenizer.c.
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include "tokenizer.h"

int sqlite3_ftssnowball_init(sqlite3 *db, char **errmsg,
    const sqlite3_api_routines *api);
int sqlite3_extension_init(sqlite3 *db, char **errmsg,
    const sqlite3_api_routines *api);

/* The name SQLite derives from "fts5_snowball.so". */
int sqlite3_ftssnowball_init(sqlite3 *db, char **errmsg,
    const sqlite3_api_routines *api)
{
	char err[256];

	SQLITE_EXTENSION_INIT2(api);
	if (tokenizer_register(db, err, sizeof err) != 0) {
		if (errmsg)
			*errmsg = sqlite3_mprintf("%s", err);
		return SQLITE_ERROR;
	}
	return SQLITE_OK;
}

/* The generic name, for clients that pass an explicit entry point or none. */
int sqlite3_extension_init(sqlite3 *db, char **errmsg,
    const sqlite3_api_routines *api)
{
	return sqlite3_ftssnowball_init(db, errmsg, api);
}
