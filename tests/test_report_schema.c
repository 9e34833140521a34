/* test_report_schema.c: the JSON Schema and the code agree where they can drift apart: every
 * conflict kind the comparator can name is in the schema's enum, the schema string is the one
 * the code writes, and the schema is itself valid JSON with the draft 2020-12 meta-schema. */
#include "check.h"
#include "test_util.h"
#include "report.h"

#include <stdlib.h>
#include <string.h>

static const cJSON *path(const cJSON *o, const char *const *keys)
{
	for (; *keys && o; keys++)
		o = cJSON_GetObjectItemCaseSensitive(o, *keys);
	return o;
}

static int in_enum(const cJSON *e, const char *s)
{
	const cJSON *x;
	cJSON_ArrayForEach(x, e) if (cJSON_IsString(x) && !strcmp(x->valuestring, s)) return 1;
	return 0;
}

int main(void)
{
	char *text = sc_test_slurp("report/schema/report-v1.json", NULL);
	CHECK(text != NULL, "read the schema");
	cJSON *s = text ? cJSON_Parse(text) : NULL;
	CHECK(s != NULL, "the schema is JSON");
	if (!s) return CHECK_DONE();
	CHECK(!strcmp(cJSON_GetObjectItem(s, "$schema")->valuestring,
	              "https://json-schema.org/draft/2020-12/schema"),
	      "draft 2020-12");
	static const char *const sk[] = {"properties", "schema", "const", NULL};
	const cJSON *c = path(s, sk);
	CHECK(cJSON_IsString(c) && !strcmp(c->valuestring, SC_REP_SCHEMA),
	      "schema const is " SC_REP_SCHEMA);
	/* conflicts, updates and leads share one item schema, $defs/finding */
	static const char *const kk[] = {"$defs", "finding", "properties", "kind", "enum", NULL};
	static const char *const lists[] = {"conflicts", "updates", "leads"};
	for (size_t i = 0; i < 3; i++) {
		const cJSON *l = cJSON_GetObjectItemCaseSensitive(
		    cJSON_GetObjectItemCaseSensitive(s, "properties"), lists[i]);
		const cJSON *all = cJSON_GetObjectItemCaseSensitive(
		    cJSON_GetObjectItemCaseSensitive(l, "items"), "allOf");
		const cJSON *ref = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(all, 0), "$ref");
		CHECK(cJSON_IsString(ref) && !strcmp(ref->valuestring, "#/$defs/finding"),
		      "%s items are findings", lists[i]);
	}
	const cJSON *e = path(s, kk);
	CHECK(cJSON_IsArray(e) && cJSON_GetArraySize(e) >= SC_CONFLICT_NKINDS, "kind enum");
	for (int k = 0; k < SC_CONFLICT_NKINDS; k++) {
		const char *name = sc_cmp_kind_name(k);
		CHECK(name && in_enum(e, name), "kind %d (%s) is in the schema's enum", k,
		      name ? name : "NULL");
	}
	CHECK(in_enum(e, "unknown"), "the builder's fallback kind is in the enum");
	cJSON_Delete(s);
	free(text);
	return CHECK_DONE();
}
