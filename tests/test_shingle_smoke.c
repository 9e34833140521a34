/* Smoke test of the build: the error table and option defaults. */
#include "check.h"
#include "report.h"
#include <string.h>

int main(void)
{
	sc_mh_params_t p;
	sc_sh_mh_params_init(&p);
	CHECK(p.k == 128, "default k is %d", p.k);
	CHECK(strcmp(sc_strerror(SC_ETRUNC), "unknown error") != 0, "SC_ETRUNC has a message");
	return CHECK_DONE();
}
