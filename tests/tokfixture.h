/*
 * tokfixture.h: the cmocka group fixture of the query-side unit tests that
 * need only the snowball tokenizer: an in-memory database with it
 * registered and one tokenizer session.  Include after cmocka.h; pass
 * tok_setup and tok_teardown to cmocka_run_group_tests; *state is then a
 * struct tok_fixture.
 */
#ifndef TOKFIXTURE_H
#define TOKFIXTURE_H

#include <stdlib.h>
#include <sqlite3.h>

#include "tokenizer.h"

struct tok_fixture {
	sqlite3 *db;
	struct tokenizer_session *tok;
};

static int tok_setup(void **state)
{
	struct tok_fixture *f = calloc(1, sizeof *f);
	char err[256];
	assert_non_null(f);
	assert_int_equal(sqlite3_open(":memory:", &f->db), SQLITE_OK);
	assert_int_equal(tokenizer_register(f->db, err, sizeof err), 0);
	assert_int_equal(tokenizer_open(f->db, &f->tok, err, sizeof err), 0);
	*state = f;
	return 0;
}

static int tok_teardown(void **state)
{
	struct tok_fixture *f = *state;
	tokenizer_close(f->tok);
	sqlite3_close(f->db);
	free(f);
	return 0;
}

#endif
