/* index.c: incremental runs (`storycheck detect --index SIGS.bin`).
 *
 * A signature file (shingle.h, "signature files") keeps the duplicate-tier word signatures of
 * every document seen by earlier runs. A new run sketches only its own documents, finds LSH
 * candidates between them and the stored signatures with the duplicate tier's plan, and then
 * rewrites the file with the old records followed by the new ones (atomically, through
 * sc_sh_sig_create). The old texts are not stored, so an old-vs-new pair can only be judged
 * by its MinHash estimate (kept when it reaches dup_threshold) and carries its 95% interval:
 * never an exact Jaccard. That is the simplest honest choice; storing paths and offsets to
 * re-read old texts would tie the index to files that move.
 *
 * The signatures are of the whole text (no boilerplate set aside), exactly as `storycheck
 * shingle` writes them, so an index can also be started with that command.
 *
 * Concurrent runs: the rewrite is atomic, but a read-modify-write is not. Two runs that both
 * read N records and each write N + their own would keep only the last writer's records
 * (issue 13: 2 x 1,000 added, 1,300 kept). sc_det_index_lock serialises them with flock(2)
 * on a lock file beside the index, not on the index itself: the index is replaced by a rename,
 * so a lock on its inode would lock the old file while the next run opens the new one. The
 * lock file is never removed, for the same reason (unlinking it lets a third run lock a new
 * inode while the second still holds the old one). flock locks are released by the kernel
 * when the process dies, so a killed run never leaves the index locked.
 */
#include "detect.h"
#include "sc_prim.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct sc_det_index_s {
	sc_sig_header_t h;
	sc_shingle_opts_t so;
	sc_minhash_t *m;
	sc_tokenizer_t *tk;
	sc_u64v_t set;
	int k;
	size_t nold, n, cap;
	char **ids;
	char (*lang)[3];
	uint32_t *sigs; /* n x k */
	int created;
	/* open-addressing set of record indices + 1 (0 = empty), by id: ids are unique in the
	 * index, checked per new document without a scan of the old ones */
	uint32_t *slot;
	size_t nslot; /* power of two, at least 2n */
};

static uint64_t id_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a: ids are short, any decent mix will do */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h ^ (h >> 29);
}

/* Slot holding id, or the empty slot where it would go. */
static size_t id_slot(const sc_det_index_t *x, const char *id)
{
	size_t i = (size_t)id_hash(id) & (x->nslot - 1);
	while (x->slot[i] && strcmp(x->ids[x->slot[i] - 1], id))
		i = (i + 1) & (x->nslot - 1);
	return i;
}

/* Registers record x->n (its id already stored), doubling the table at half load. */
static int id_insert(sc_det_index_t *x)
{
	if (2 * (x->n + 1) > x->nslot) {
		size_t ns = x->nslot ? x->nslot * 2 : 128;
		uint32_t *old = x->slot;
		size_t nold = x->nslot;
		if (!(x->slot = calloc(ns, sizeof *x->slot))) {
			x->slot = old;
			return SC_ENOMEM;
		}
		x->nslot = ns;
		for (size_t i = 0; i < nold; i++)
			if (old[i]) x->slot[id_slot(x, x->ids[old[i] - 1])] = old[i];
		free(old);
	}
	x->slot[id_slot(x, x->ids[x->n])] = (uint32_t)(x->n + 1);
	return SC_OK;
}

static int grow(sc_det_index_t *x)
{
	if (x->n < x->cap) return SC_OK;
	size_t cap = x->cap ? x->cap * 2 : 64;
	char **ids = realloc(x->ids, cap * sizeof *ids);
	if (!ids) return SC_ENOMEM;
	x->ids = ids;
	char(*lang)[3] = realloc(x->lang, cap * sizeof *lang);
	if (!lang) return SC_ENOMEM;
	x->lang = lang;
	uint32_t *sigs = realloc(x->sigs, cap * (size_t)x->k * sizeof *sigs);
	if (!sigs) return SC_ENOMEM;
	x->sigs = sigs;
	x->cap = cap;
	return SC_OK;
}

int sc_det_index_lock(const char *path, double wait_s, volatile sig_atomic_t *interrupt,
                      void (*waiting)(void *arg, const char *msg), void *arg, char *err,
                      size_t errlen)
{
	size_t n = strlen(path);
	char *lp = malloc(n + 6);
	if (!lp) return SC_ENOMEM;
	memcpy(lp, path, n);
	memcpy(lp + n, ".lock", 6);
	int fd = open(lp, O_RDWR | O_CREAT | O_CLOEXEC | O_NOCTTY, 0666);
	if (fd < 0) {
		snprintf(err, errlen, "--index: cannot create the lock file %s: %s", lp,
		         strerror(errno));
		free(lp);
		return SC_EIO;
	}
	struct timespec t0, now, nap = {0, 100 * 1000 * 1000};
	clock_gettime(CLOCK_MONOTONIC, &t0);
	int told = 0, rc = SC_OK;
	while (flock(fd, LOCK_EX | LOCK_NB)) {
		if (errno == EINTR) continue;
		if (errno != EWOULDBLOCK) {
			snprintf(err, errlen, "--index: cannot lock %s: %s", lp, strerror(errno));
			rc = SC_EIO;
			break;
		}
		clock_gettime(CLOCK_MONOTONIC, &now);
		double waited = (double)(now.tv_sec - t0.tv_sec) + (now.tv_nsec - t0.tv_nsec) / 1e9;
		if (waited >= wait_s) {
			snprintf(err, errlen, "--index %s is in use by another run (lock %s held); gave up "
			         "after %g s (see --index-wait)", path, lp, wait_s);
			rc = SC_EIO;
			break;
		}
		if (interrupt && *interrupt) {
			rc = SC_EINTR;
			break;
		}
		if (!told && waiting) {
			char msg[600];
			snprintf(msg, sizeof msg, "--index %s is in use by another run (lock %s); waiting "
			         "up to %g s for it", path, lp, wait_s);
			waiting(arg, msg);
			told = 1;
		}
		nanosleep(&nap, NULL); /* a signal cuts the nap short: *interrupt is checked next */
	}
	free(lp);
	if (rc) {
		close(fd);
		return rc;
	}
	return fd;
}

void sc_det_index_unlock(int fd)
{
	if (fd >= 0) close(fd); /* closing the only descriptor releases the flock */
}

int sc_det_index_open(sc_det_index_t **out, const char *path, const sc_det_opts_t *o, char *err,
                      size_t errlen)
{
	sc_det_index_t *x = calloc(1, sizeof *x);
	sc_sigfile_t *f = NULL;
	char *id = NULL;
	int rc = SC_OK;
	*out = NULL;
	if (!x) return SC_ENOMEM;
	sc_sh_shingle_opts_init(&x->so, SC_VIEW_WORD);
	x->so.k = o->dup_k;
	x->so.norm.fold_accents = o->fold_accents;
	sc_sh_sig_header_init(&x->h, &o->mh, &x->so);
	x->k = o->mh.k;
	if (!(x->m = sc_sh_minhash_create(&o->mh)) || !(x->tk = sc_sh_tokenizer_create(&x->so.norm))) {
		rc = SC_ENOMEM;
		goto done;
	}
	if (!strcmp(path, "-")) {
		snprintf(err, errlen, "--index: needs a file (it is read and rewritten), not '-'");
		rc = SC_EPARAM;
		goto done;
	}
	struct stat st;
	if (stat(path, &st) && errno == ENOENT) {
		x->created = 1; /* created at sc_det_index_save from this run's documents */
		goto done;
	}
	sc_sig_header_t h;
	if ((rc = sc_sh_sig_open(&f, path, &h, err, errlen))) goto done;
	char cmp[256];
	if (sc_sh_sig_header_check(&h, &x->h, cmp, sizeof cmp)) {
		snprintf(err, errlen, "--index %s was built with other parameters (%s: the index first, this run second); use the same "
		         "options or another index file", path, cmp);
		rc = SC_EMISMATCH;
		goto done;
	}
	for (;;) {
		char lang[3];
		if ((rc = grow(x))) goto done;
		int r = sc_sh_sig_read(f, &id, lang, x->sigs + x->n * (size_t)x->k);
		if (r == 0) break;
		if (r < 0) {
			snprintf(err, errlen, "--index %s: %s after %zu records", path, sc_strerror(r),
			         x->n);
			rc = r;
			goto done;
		}
		x->ids[x->n] = id;
		id = NULL;
		if (x->nslot && x->slot[id_slot(x, x->ids[x->n])]) {
			snprintf(err, errlen, "--index %s: id '%s' appears twice", path, x->ids[x->n]);
			free(x->ids[x->n]);
			rc = SC_EFORMAT;
			goto done;
		}
		if (x->n >= UINT32_MAX - 1) {
			free(x->ids[x->n]);
			rc = SC_ENOMEM;
			goto done;
		}
		if ((rc = id_insert(x))) {
			free(x->ids[x->n]);
			goto done;
		}
		memcpy(x->lang[x->n], lang, 3);
		x->n++;
	}
	x->nold = x->n;
done:
	free(id);
	if (f) sc_sh_sig_close(f, NULL, 0);
	if (rc) sc_det_index_free(x);
	else *out = x;
	return rc;
}

void sc_det_index_free(sc_det_index_t *x)
{
	if (!x) return;
	SC_FREE_EACH(x->ids, x->n);
	SC_FREE_ALL(x->lang, x->sigs, x->slot);
	sc_u64v_free(&x->set);
	sc_sh_tokenizer_free(x->tk);
	sc_sh_minhash_free(x->m);
	free(x);
}

int sc_det_index_created(const sc_det_index_t *x) { return x->created; }
size_t sc_det_index_count(const sc_det_index_t *x, size_t *nold)
{
	if (nold) *nold = x->nold;
	return x->n;
}
const char *sc_det_index_id(const sc_det_index_t *x, size_t i) { return x->ids[i]; }

int sc_det_index_sketch(sc_det_index_t *x, const sc_doc_t *doc)
{
	/* An id already in the index (old, or earlier in this run) is not added again: the first
	 * record wins, as with duplicate ids in one run. */
	if (x->nslot && x->slot[id_slot(x, doc->id)]) return 0;
	if (x->n >= UINT32_MAX - 1) return SC_ENOMEM; /* pair indices are 32-bit */
	int rc = grow(x);
	if (rc) return rc;
	const char *lang = doc->lang;
	if (!lang[0]) lang = sc_sh_lang_guess_text(x->tk, doc->text, doc->len);
	long ns = sc_sh_shingle_set(x->tk, &x->so, doc->text, doc->len, lang, NULL, 0, &x->set);
	if (ns < 0) return (int)ns;
	if (!(x->ids[x->n] = strdup(doc->id))) return SC_ENOMEM;
	if ((rc = id_insert(x))) {
		free(x->ids[x->n]);
		return rc;
	}
	sc_sh_minhash_sketch(x->m, x->set.a, x->set.n, x->sigs + x->n * (size_t)x->k);
	memset(x->lang[x->n], 0, 3);
	memcpy(x->lang[x->n], lang, strnlen(lang, 2));
	x->n++;
	return 1;
}

static int pair_cmp(const void *pa, const void *pb)
{
	const sc_pair_t *a = pa, *b = pb;
	if (a->a != b->a) return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

int sc_det_index_match(const sc_det_index_t *x, const sc_det_opts_t *o, sc_pair_t **out,
                       size_t *nout)
{
	sc_lsh_plan_t plan;
	uint64_t *cand = NULL;
	size_t ncand = 0, n = 0;
	sc_lsh_stats_t st;
	sc_pair_t *p = NULL;
	*out = NULL;
	*nout = 0;
	if (x->nold == 0 || x->n == x->nold) return SC_OK;
	int rc = sc_det_lsh_plan(o->dup_threshold, x->k, o->fp_weight, o->fn_weight, &plan);
	if (!rc) rc = sc_det_lsh_candidates(x->sigs, x->n, x->k, &plan, SC_DET_BUCKET_CAP, &cand,
	                                    &ncand, &st);
	if (rc) goto done;
	for (size_t i = 0; i < ncand; i++) {
		uint32_t a = (uint32_t)(cand[i] >> 32), b = (uint32_t)cand[i];
		/* old-vs-new only: new-vs-new pairs are verified exactly by the run itself */
		if (!(a < x->nold && b >= x->nold)) continue;
		sc_pair_t q = {.a = a, .b = b};
		sc_det_estimate(x->sigs + (size_t)a * x->k, x->sigs + (size_t)b * x->k, x->k, &q);
		if (q.estimate < o->dup_threshold) continue;
		q.jaccard = -1.0; /* not known: the old text is not stored */
		if (!p && !(p = malloc(ncand * sizeof *p))) {
			rc = SC_ENOMEM;
			goto done;
		}
		p[n++] = q;
	}
	if (n) qsort(p, n, sizeof *p, pair_cmp);
	*out = p;
	*nout = n;
	p = NULL;
done:
	free(cand);
	free(p);
	return rc;
}

int sc_det_index_save(const sc_det_index_t *x, const char *path, char *err, size_t errlen)
{
	sc_sigfile_t *f = NULL;
	int rc = sc_sh_sig_create(&f, path, &x->h, err, errlen);
	if (rc) return rc;
	for (size_t i = 0; i < x->n; i++) {
		if ((rc = sc_sh_sig_write(f, x->ids[i], x->lang[i], x->sigs + i * (size_t)x->k))) {
			snprintf(err, errlen, "--index %s: cannot write: %s", path, strerror(errno));
			sc_sh_sig_abort(f);
			return rc;
		}
	}
	return sc_sh_sig_close(f, err, errlen);
}
