/* det_mpi.c: detect and shingle over MPI ranks (built with SC_MPI=ON); the manual is
 * det_mpi.h, the design and the cost model doc/mpi.md.
 *
 * Phases (every rank runs them in the same order; a collective ends each one):
 *  1. plan (rank 0): the reader's item list (sc_sh_reader_list), cut into shares of about
 *     total/N bytes each, JSONL files at byte offsets; broadcast.
 *  2. read + sketch (all): language, tokens, word shingle set and signature per document;
 *     the sets stay on their rank. A file the planner could open that this rank cannot is a
 *     fault: every rank learns it (MPI_Allreduce) and rank 0 names rank and file.
 *  3. metadata to rank 0 (MPI_Gatherv): documents and rejects in input order (shares are
 *     contiguous in it). Rank 0 applies what one reader would have: duplicate ids across
 *     shares, JSONL line numbers across the parts of a file; then numbers the documents in id
 *     order (the detector's order) and sends each rank the numbers of its documents.
 *  4. band keys (MPI_Alltoallv): a (band, key) record goes to the rank its hash names; there,
 *     runs of equal keys give candidate pairs with the same rule and bucket cap as lsh.c.
 *  5. candidates (MPI_Alltoallv) go to the rank holding their first document; duplicates
 *     meet there and are removed. Every pair when the corpus is small (SC_DET_ALLPAIRS).
 *  6. sets (two MPI_Alltoallv): the rank asks for the shingle sets (and signatures) of second
 *     documents held elsewhere, then computes each pair's exact Jaccard. Sets move rather than
 *     texts being read again: a set is about 8 bytes per word, the text about 6, but a set is
 *     ready (no second tokenising) and needs no shared file system.
 *  7. rank 0 gathers the candidates with their Jaccard and the signatures of the documents in
 *     verified pairs, and runs the detector from clustering on (det_internal.h, ext).
 * With the event tier or the boilerplate pass (event_run, "the texts path"; the default
 * command takes it): phases 1 and 2 without sketching, then every document
 * with its text to rank 0 (point to point, rank by rank), which runs the one-process
 * detector. detect_run and event_run are short sequences of named steps (dup_*, ev_*), each
 * run by every rank in turn; det_pairs likewise (pairs_*).
 */
#include "det_mpi.h"
#include "det_internal.h"
#include "sc_prim.h"

#include <errno.h>
#include <limits.h>
#include <mpi.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

static int g_init, g_rank, g_size = 1;
static uint64_t g_sent; /* bytes this rank sent through the collectives below */

/* ------------------------------------------------------------ a rank that dies
 * Without fault-tolerant MPI no surviving rank learns that another died: the launcher ends
 * the job, and mpirun's exit status is that of the first rank to fail. So each rank, while it
 * works for a run, catches the signals that end a process (a crash: SIGSEGV, SIGBUS, SIGFPE,
 * SIGILL, SIGABRT; a stop: SIGTERM, SIGINT, SIGHUP, which mpirun and Slurm also send to the
 * other ranks when one fails), says which rank died and what it was reading, and exits 3:
 * mpirun then exits 3. No report can exist: rank 0 writes it (atomically) only after the
 * last collective. SIGKILL (kill -9, the kernel's OOM killer) cannot be caught: mpirun
 * still ends the job and names the rank, with its own status, 137. The handler uses only
 * write(2) and _exit(2) (async-signal-safe), on strings set before the signal. */
static const char *volatile g_cmd = "detect"; /* the command, for the message */
static const char *volatile g_phase;          /* what the rank is doing; NULL: not in a run */
static const char *volatile g_input;          /* the file it is reading, or NULL */
static const char *volatile g_share;          /* the first file of its share, or NULL */

static void say(const char *s)
{
	size_t n = strlen(s);
	while (n) {
		ssize_t w = write(STDERR_FILENO, s, n);
		if (w <= 0) return;
		s += w, n -= (size_t)w;
	}
}

static void say_int(long v)
{
	char b[24], *p = b + sizeof b;
	*--p = '\0';
	int neg = v < 0;
	unsigned long u = neg ? 0UL - (unsigned long)v : (unsigned long)v;
	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10));
	if (neg) *--p = '-';
	say(p);
}

static const char *sig_name(int sig)
{
	switch (sig) { /* strsignal is not async-signal-safe */
	case SIGSEGV: return "segmentation fault";
	case SIGBUS: return "bus error";
	case SIGFPE: return "arithmetic exception";
	case SIGILL: return "illegal instruction";
	case SIGABRT: return "aborted";
	case SIGTERM: return "terminated";
	case SIGINT: return "interrupted";
	case SIGHUP: return "hangup";
	default: return "?";
	}
}

static void on_death(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	const char *what = g_phase, *in = g_input, *share = g_share;
	/* a stop from our parent (mpirun, its daemon, srun): the job ends, another rank failed */
	int launcher = (sig == SIGTERM || sig == SIGINT || sig == SIGHUP) && si &&
	               si->si_code == SI_USER && si->si_pid == getppid();
	say("storycheck: ");
	say(g_cmd);
	say(": rank ");
	say_int(g_rank);
	say(launcher ? " stopped by the launcher (signal " : " died (signal ");
	say_int(sig);
	say(", ");
	say(sig_name(sig));
	say(") while ");
	say(what ? what : "working");
	if (in) {
		say(" ");
		say(in);
	} else if (share) {
		say(" (its share starts at ");
		say(share);
		say(")");
	}
	say("; no report written\n");
	_exit(3); /* EXIT_IO: mpirun passes the first failing rank's status on */
}

static const int g_death_sigs[] = {SIGSEGV, SIGBUS,  SIGFPE, SIGILL,
                                   SIGABRT, SIGTERM, SIGINT, SIGHUP};
#define NDEATH (sizeof g_death_sigs / sizeof *g_death_sigs)
static struct sigaction g_death_old[NDEATH];

/* Installs on_death for the run (replacing the command's own SIGINT/SIGTERM handling, which
 * stops between documents: under MPI the other ranks would wait in a collective). */
static void death_watch(const char *cmd)
{
	g_cmd = cmd;
	g_phase = "planning", g_input = g_share = NULL;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_death;
	sa.sa_flags = SA_SIGINFO | SA_RESETHAND; /* a second fault in the handler is fatal */
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < NDEATH; i++)
		sigaction(g_death_sigs[i], &sa, &g_death_old[i]);
}

/* The run is over on this rank: the command's handlers again (rank 0 writes the report with
 * the command's own interrupt handling, which never publishes a report after a signal). */
static void death_unwatch(void)
{
	for (size_t i = 0; i < NDEATH; i++)
		sigaction(g_death_sigs[i], &g_death_old[i], NULL);
	g_phase = g_input = g_share = NULL;
}

/* Where a signal would find the rank: the phase (a static string) and the file. */
static void at(const char *phase, const char *input)
{
	g_input = NULL;
	g_phase = phase;
	g_input = input;
}

int sc_mpi_launched(void)
{
	return getenv("OMPI_COMM_WORLD_SIZE") || getenv("PMIX_RANK") || getenv("PMI_RANK") ||
	       getenv("PMI_SIZE");
}

int sc_mpi_init(int *argc, char ***argv)
{
	if (g_init) return SC_OK;
	if (MPI_Init(argc, argv) != MPI_SUCCESS) return SC_EIO;
	MPI_Comm_rank(MPI_COMM_WORLD, &g_rank);
	MPI_Comm_size(MPI_COMM_WORLD, &g_size);
	g_init = 1;
	return SC_OK;
}

void sc_mpi_finalize(void)
{
	if (g_init) MPI_Finalize();
	g_init = 0;
}

int sc_mpi_rank(void) { return g_rank; }
int sc_mpi_size(void) { return g_size; }

static double wall(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* ------------------------------------------------------------ buffers */
typedef struct buf_s {
	char *a;
	size_t n, m;
	int oom;
} buf_t;

static void put(buf_t *b, const void *p, size_t len)
{
	if (b->oom) return;
	if (SC_GROW(b->a, b->m, b->n + len)) {
		b->oom = 1;
		return;
	}
	if (len) memcpy(b->a + b->n, p, len);
	b->n += len;
}
static void put_u64(buf_t *b, uint64_t v) { put(b, &v, sizeof v); }
static void put_u32(buf_t *b, uint32_t v) { put(b, &v, sizeof v); }
/* a string: its length + 1 (0 for NULL), then its bytes */
static void put_str(buf_t *b, const char *s)
{
	uint32_t n = s ? (uint32_t)strlen(s) + 1 : 0;
	put_u32(b, n);
	if (n) put(b, s, n - 1);
}

typedef struct cur_s {
	const char *p, *end;
	int bad;
} cur_t;
static void get(cur_t *c, void *out, size_t len)
{
	if (c->bad || (size_t)(c->end - c->p) < len) {
		c->bad = 1;
		memset(out, 0, len);
		return;
	}
	memcpy(out, c->p, len);
	c->p += len;
}
static uint64_t get_u64(cur_t *c)
{
	uint64_t v;
	get(c, &v, sizeof v);
	return v;
}
static uint32_t get_u32(cur_t *c)
{
	uint32_t v;
	get(c, &v, sizeof v);
	return v;
}
/* a copy (caller frees), or NULL for NULL; sets c->bad on a short buffer or no memory */
static char *get_str(cur_t *c)
{
	uint32_t n = get_u32(c);
	if (!n || c->bad) return NULL;
	if ((size_t)(c->end - c->p) < n - 1) {
		c->bad = 1;
		return NULL;
	}
	char *s = malloc(n);
	if (!s) {
		c->bad = 1;
		return NULL;
	}
	memcpy(s, c->p, n - 1);
	s[n - 1] = '\0';
	c->p += n - 1;
	return s;
}

/* ------------------------------------------------------------ collectives
 * Every exchange goes through these, which count the bytes sent. */

/* The worst (lowest) code over all ranks. */
static int agree(int rc)
{
	int all = rc;
	MPI_Allreduce(&rc, &all, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
	return all;
}

/* Variable-size all-to-all of bytes: send[d] holds what goes to rank d. *recv (caller frees)
 * gets the concatenation in rank order, rlen[s] bytes from rank s. Counts are ints in MPI:
 * a block over INT_MAX bytes is SC_EPARAM (more ranks make blocks smaller). */
static int alltoallv(buf_t *send, char **recv, size_t *rlen_total, int *rlen)
{
	const int P = g_size;
	int *sc = calloc((size_t)P, sizeof *sc), *sd = calloc((size_t)P, sizeof *sd),
	    *rd = calloc((size_t)P, sizeof *rd);
	char *sb = NULL, *rb = NULL;
	int rc = SC_ENOMEM, big = 0;
	size_t tot = 0, rtot = 0;
	*recv = NULL;
	if (!sc || !sd || !rd) goto out;
	for (int d = 0; d < P; d++) {
		if (send[d].oom) goto out;
		if (send[d].n > INT_MAX) big = 1;
		tot += send[d].n;
	}
	if ((rc = agree(big ? SC_EPARAM : SC_OK))) goto out;
	for (int d = 0; d < P; d++)
		sc[d] = (int)send[d].n;
	MPI_Alltoall(sc, 1, MPI_INT, rlen, 1, MPI_INT, MPI_COMM_WORLD);
	for (int d = 0; d < P; d++)
		rtot += (size_t)rlen[d];
	if (!(sb = malloc(tot ? tot : 1)) || !(rb = malloc(rtot ? rtot : 1))) rc = SC_ENOMEM;
	else rc = SC_OK;
	if (tot > INT_MAX || rtot > INT_MAX) rc = rc ? rc : SC_EPARAM; /* displacements are ints */
	if ((rc = agree(rc))) goto out;
	size_t off = 0;
	for (int d = 0; d < P; d++) {
		sd[d] = (int)off;
		if (send[d].n) memcpy(sb + off, send[d].a, send[d].n);
		off += send[d].n;
	}
	off = 0;
	for (int d = 0; d < P; d++) {
		rd[d] = (int)off;
		off += (size_t)rlen[d];
	}
	MPI_Alltoallv(sb, sc, sd, MPI_BYTE, rb, rlen, rd, MPI_BYTE, MPI_COMM_WORLD);
	g_sent += tot;
	*recv = rb;
	rb = NULL;
	*rlen_total = rtot;
out:
	free(sc), free(sd), free(rd), free(sb), free(rb);
	return rc;
}

/* Gathers every rank's buffer on rank 0: *all (rank 0, caller frees) is their concatenation
 * in rank order, len[r] bytes from rank r (len: g_size entries on every rank). One
 * MPI_Gatherv while the whole fits MPI's int counts, unless p2p; past that, or with p2p,
 * rank 0 receives rank by rank in chunks of GATHER_CHUNK bytes (the event tier's texts, see
 * event_run, always go so: no 2 GiB limit, and every run takes the path a large one takes). */
enum { TAG_GATHER = 7102 };
#define GATHER_CHUNK ((size_t)4 << 20)
static int gather_p2p(const buf_t *b, char *all, const size_t *len)
{
	if (g_rank != 0) {
		for (size_t off = 0; off < b->n; off += GATHER_CHUNK) {
			const size_t m = b->n - off < GATHER_CHUNK ? b->n - off : GATHER_CHUNK;
			MPI_Send(b->a + off, (int)m, MPI_BYTE, 0, TAG_GATHER, MPI_COMM_WORLD);
		}
		return SC_OK;
	}
	if (b->n) memcpy(all, b->a, b->n);
	size_t at = b->n;
	for (int r = 1; r < g_size; r++)
		for (size_t off = 0; off < len[r]; off += GATHER_CHUNK) {
			const size_t m = len[r] - off < GATHER_CHUNK ? len[r] - off : GATHER_CHUNK;
			MPI_Recv(all + at, (int)m, MPI_BYTE, r, TAG_GATHER, MPI_COMM_WORLD,
			         MPI_STATUS_IGNORE);
			at += m;
		}
	return SC_OK;
}

static int gatherv(const buf_t *b, char **all, size_t *len, int p2p)
{
	uint64_t n = b->oom ? UINT64_MAX : (uint64_t)b->n, tot = 0, *l64 = NULL;
	int rc = SC_OK, *cnt = NULL, *disp = NULL;
	*all = NULL;
	if (g_rank == 0 && !(l64 = malloc((size_t)g_size * sizeof *l64))) rc = SC_ENOMEM;
	if ((rc = agree(rc))) return rc;
	MPI_Gather(&n, 1, MPI_UINT64_T, l64, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD);
	if (g_rank == 0) {
		for (int r = 0; r < g_size; r++) {
			if (l64[r] == UINT64_MAX)
				rc = SC_ENOMEM;
			else
				tot += l64[r];
		}
		if (!rc && !(*all = malloc(tot ? tot : 1))) rc = SC_ENOMEM;
		for (int r = 0; r < g_size; r++)
			len[r] = l64[r] == UINT64_MAX ? 0 : (size_t)l64[r];
	}
	free(l64);
	if (n == UINT64_MAX) rc = SC_ENOMEM;
	MPI_Bcast(&tot, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD);
	const int small = !p2p && tot <= INT_MAX;
	if (small && g_rank == 0 &&
	    (!(cnt = malloc((size_t)g_size * sizeof *cnt)) ||
	     !(disp = malloc((size_t)g_size * sizeof *disp))))
		rc = SC_ENOMEM;
	if ((rc = agree(rc))) {
		free(cnt), free(disp), free(*all);
		*all = NULL;
		return rc;
	}
	if (!small) {
		gather_p2p(b, *all, len);
	} else {
		for (int r = 0, off = 0; g_rank == 0 && r < g_size; r++) {
			cnt[r] = (int)len[r], disp[r] = off;
			off += cnt[r];
		}
		MPI_Gatherv(b->a ? b->a : "", (int)n, MPI_BYTE, *all, cnt, disp, MPI_BYTE, 0,
		            MPI_COMM_WORLD);
	}
	g_sent += n;
	free(cnt), free(disp);
	return SC_OK;
}

/* Every rank's message (or "") to rank 0, joined with "; " into err. */
static void gather_errors(const char *msg, char *err, size_t errlen)
{
	char mine[512];
	snprintf(mine, sizeof mine, "%s", msg ? msg : "");
	char *all = g_rank == 0 ? malloc((size_t)g_size * sizeof mine) : NULL;
	MPI_Gather(mine, (int)sizeof mine, MPI_CHAR, all, (int)sizeof mine, MPI_CHAR, 0,
	           MPI_COMM_WORLD);
	if (g_rank != 0 || !err || !errlen) {
		free(all);
		return;
	}
	err[0] = '\0';
	for (int r = 0; all && r < g_size; r++) {
		const char *m = all + (size_t)r * sizeof mine;
		if (!m[0]) continue;
		size_t k = strlen(err);
		snprintf(err + k, errlen - k, "%s%s", k ? "; " : "", m);
	}
	if (!err[0]) snprintf(err, errlen, "out of memory");
	free(all);
}

/* ------------------------------------------------------------------ plan */
typedef struct plan_s {
	sc_reader_part_t *p; /* every part of the inputs, in input order */
	uint32_t *owner;     /* rank that reads p[i] */
	size_t n;
} plan_t;

static void plan_free(plan_t *pl)
{
	g_input = g_share = NULL; /* they point into the plan */
	sc_sh_reader_parts_free(pl->p, pl->n);
	free(pl->owner);
	memset(pl, 0, sizeof *pl);
}

static int ends_with(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a >= b && !strcmp(s + a - b, suf);
}

/* Rank 0: cuts the listed items into g_size contiguous shares of about total/N bytes. A
 * JSONL file spanning share boundaries is cut there (its parts read the lines starting
 * inside them); other items go whole to the share holding their first byte. */
static int plan_make(const sc_reader_part_t *items, size_t nitems, buf_t *out)
{
	uint64_t total = 0, off = 0;
	const uint64_t P = (uint64_t)g_size;
	for (size_t i = 0; i < nitems; i++)
		total += items[i].size;
	/* share r covers [bound(r), bound(r + 1)) of the concatenated bytes */
#define BOUND(r) ((uint64_t)((unsigned __int128)total * (r) / P))
	buf_t c = {0}, body = {0};
	size_t count = 0;
	for (size_t i = 0; i < nitems; i++) {
		const sc_reader_part_t *it = &items[i];
		const uint64_t sz = it->size;
		/* the last share starting at or before off (binary search) */
		uint64_t lo = 0, hi = P - 1;
		while (lo < hi) {
			uint64_t mid = (lo + hi + 1) / 2;
			if (BOUND(mid) <= off) lo = mid;
			else hi = mid - 1;
		}
		const int cut = sz && !it->reason && !it->openerr && ends_with(it->path, ".jsonl");
		for (uint64_t r = lo; r < P && (r == lo || BOUND(r) < off + sz); r++) {
			uint64_t s = off > BOUND(r) ? off : BOUND(r);
			uint64_t e = r + 1 == P || off + sz < BOUND(r + 1) ? off + sz : BOUND(r + 1);
			if (cut && e <= s) continue; /* an empty share */
			put_str(&body, it->path);
			put_str(&body, it->id);
			put_str(&body, it->reason);
			put_u32(&body, (uint32_t)it->openerr);
			put_u64(&body, sz);
			put_u64(&body, cut ? s - off : 0);
			put_u64(&body, !cut || e == off + sz ? UINT64_MAX : e - off);
			put_u32(&body, (uint32_t)r);
			count++;
			if (!cut) break;
		}
		off += sz;
	}
#undef BOUND
	put_u64(&c, count);
	put(&c, body.a, body.n);
	free(body.a);
	if (c.oom || body.oom) {
		free(c.a);
		return SC_ENOMEM;
	}
	*out = c;
	return SC_OK;
}

static int plan_read(const char *a, size_t len, plan_t *pl)
{
	cur_t c = {a, a + len, 0};
	uint64_t n = get_u64(&c);
	memset(pl, 0, sizeof *pl);
	if (c.bad || n > len) return SC_EFORMAT;
	if (!(pl->p = calloc(n ? n : 1, sizeof *pl->p)) ||
	    !(pl->owner = calloc(n ? n : 1, sizeof *pl->owner)))
		return SC_ENOMEM;
	for (uint64_t i = 0; i < n && !c.bad; i++) {
		sc_reader_part_t *p = &pl->p[i];
		p->path = get_str(&c);
		p->id = get_str(&c);
		p->reason = get_str(&c);
		p->openerr = (int)get_u32(&c);
		p->size = get_u64(&c);
		p->start = get_u64(&c);
		p->end = get_u64(&c);
		pl->owner[i] = get_u32(&c);
		pl->n++;
	}
	return c.bad ? SC_ENOMEM : SC_OK;
}

/* Phase 1 on every rank: rank 0 lists and cuts, all get the plan. */
static int plan_share(const char *const *inputs, int n, plan_t *pl, char *err, size_t errlen)
{
	buf_t b = {0};
	int rc = SC_OK;
	if (g_rank == 0) {
		sc_reader_part_t *items = NULL;
		size_t nitems = 0;
		rc = sc_sh_reader_list(inputs, n, &items, &nitems);
		if (!rc) rc = plan_make(items, nitems, &b);
		sc_sh_reader_parts_free(items, nitems);
	}
	uint64_t len = b.n;
	int x[2] = {rc, 0};
	MPI_Bcast(x, 2, MPI_INT, 0, MPI_COMM_WORLD);
	if ((rc = x[0])) {
		if (err && errlen)
			snprintf(err, errlen, "cannot list the inputs: %s", sc_strerror(rc));
		free(b.a);
		return rc;
	}
	MPI_Bcast(&len, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD);
	if (g_rank != 0 && !(b.a = malloc(len ? len : 1))) rc = SC_ENOMEM;
	if ((rc = agree(rc)) || len > INT_MAX) {
		free(b.a);
		if (err && errlen) snprintf(err, errlen, "the plan: %s", sc_strerror(rc ? rc : SC_EPARAM));
		return rc ? rc : SC_EPARAM;
	}
	MPI_Bcast(b.a, (int)len, MPI_BYTE, 0, MPI_COMM_WORLD);
	g_sent += g_rank == 0 ? len * (uint64_t)(g_size - 1) : 0;
	rc = agree(plan_read(b.a, len, pl));
	free(b.a);
	if (rc && err && errlen) snprintf(err, errlen, "the plan: %s", sc_strerror(rc));
	return rc;
}

/* ------------------------------------------------------------ progress
 * While they read, ranks other than 0 send rank 0 {items, bytes, done} at most once per
 * SC_MPI_PROGRESS_S (one send in flight at a time), and {.., 1} when their share is read, on
 * every path out of reading, fault or not. Rank 0 polls between its own documents and, once
 * its share is read, waits for every rank's last message; it calls the command's progress
 * function with the sums. Point-to-point messages on their own tag never meet the
 * collectives. */
enum { TAG_PROGRESS = 7101 };
static sc_mpi_progress_fn g_prog_fn;
static void *g_prog_ctx;
static double g_prog_every = 5;
static uint64_t g_prog_docs, g_prog_bytes, g_prog_total; /* rank 0: the sums once read */
static int g_prog_shown; /* a line was shown: a short run shows none, a long one shows its phases */

void sc_mpi_set_progress(sc_mpi_progress_fn fn, void *ctx, double every_s)
{
	g_prog_fn = fn, g_prog_ctx = ctx, g_prog_every = every_s;
}

typedef struct prog_s {
	uint64_t out[3]; /* ranks > 0: the message in flight (items, bytes, done) */
	MPI_Request req;
	int inflight, reading;
	double last_send, last_poll, last_call;
	uint64_t *items, *bytes; /* rank 0: per rank (NULL if out of memory: counts still drain) */
	int done;                /* rank 0: ranks > 0 whose last message came */
} prog_t;

static void prog_call(prog_t *g, int force)
{
	double t = wall();
	if (!g->items) return;
	uint64_t it = 0, by = 0;
	for (int r = 0; r < g_size; r++)
		it += g->items[r], by += g->bytes[r];
	g_prog_docs = it, g_prog_bytes = by;
	if (!g_prog_fn || (force ? !g_prog_shown : t - g->last_call < g_prog_every)) return;
	g->last_call = t;
	g_prog_shown = 1;
	g_prog_fn(g_prog_ctx, "reading", it, by, g_prog_total, g->reading);
}

static void prog_recv(prog_t *g, int block)
{
	for (;;) {
		int flag = 1;
		MPI_Status stt;
		if (block) MPI_Probe(MPI_ANY_SOURCE, TAG_PROGRESS, MPI_COMM_WORLD, &stt);
		else MPI_Iprobe(MPI_ANY_SOURCE, TAG_PROGRESS, MPI_COMM_WORLD, &flag, &stt);
		if (!flag) return;
		uint64_t m[3];
		MPI_Recv(m, 3, MPI_UINT64_T, stt.MPI_SOURCE, TAG_PROGRESS, MPI_COMM_WORLD,
		         MPI_STATUS_IGNORE);
		if (g->items) g->items[stt.MPI_SOURCE] = m[0], g->bytes[stt.MPI_SOURCE] = m[1];
		if (m[2]) g->done++, g->reading--;
		if (block) return;
	}
}

static void prog_begin(prog_t *g, const plan_t *pl)
{
	memset(g, 0, sizeof *g);
	g->last_send = g->last_poll = g->last_call = wall();
	g->reading = g_size;
	g_prog_shown = 0;
	if (g_rank != 0) return;
	g_prog_total = 0;
	for (size_t i = 0; i < pl->n; i++) {
		const sc_reader_part_t *p = &pl->p[i];
		uint64_t end = p->end < p->size ? p->end : p->size;
		if (!p->reason && !p->openerr && end > p->start) g_prog_total += end - p->start;
	}
	g->items = calloc((size_t)g_size, sizeof *g->items);
	g->bytes = calloc((size_t)g_size, sizeof *g->bytes);
	if (!g->items || !g->bytes) free(g->items), free(g->bytes), g->items = g->bytes = NULL;
}

/* After each item this rank read: items and bytes so far. */
static void prog_step(prog_t *g, uint64_t items, uint64_t bytes)
{
	double t = wall();
	if (g_rank == 0) {
		if (g->items) g->items[0] = items, g->bytes[0] = bytes;
		if (t - g->last_poll < 0.1) return;
		g->last_poll = t;
		prog_recv(g, 0);
		prog_call(g, 0);
		return;
	}
	if (t - g->last_send < SC_MPI_PROGRESS_S) return;
	g->last_send = t;
	if (g->inflight) MPI_Wait(&g->req, MPI_STATUS_IGNORE);
	g->out[0] = items, g->out[1] = bytes, g->out[2] = 0;
	MPI_Isend(g->out, 3, MPI_UINT64_T, 0, TAG_PROGRESS, MPI_COMM_WORLD, &g->req);
	g->inflight = 1;
}

/* This rank's share is read (or failed): ranks > 0 say so; rank 0 waits for all of them. */
static void prog_end(prog_t *g, uint64_t items, uint64_t bytes)
{
	if (g_rank != 0) {
		if (g->inflight) MPI_Wait(&g->req, MPI_STATUS_IGNORE);
		g->out[0] = items, g->out[1] = bytes, g->out[2] = 1;
		MPI_Send(g->out, 3, MPI_UINT64_T, 0, TAG_PROGRESS, MPI_COMM_WORLD);
		return;
	}
	if (g->items) g->items[0] = items, g->bytes[0] = bytes;
	g->reading--;
	while (g->done < g_size - 1) {
		prog_recv(g, 1);
		prog_call(g, 0);
	}
	prog_call(g, 1);
	free(g->items), free(g->bytes);
}

/* Rank 0: a later phase starts. */
static void prog_phase(const char *phase)
{
	if (g_rank == 0 && g_prog_fn && g_prog_shown)
		g_prog_fn(g_prog_ctx, phase, g_prog_docs, g_prog_bytes, g_prog_total, 0);
}

/* ------------------------------------------------------------ reading
 * One item of this rank's share, as it goes to rank 0. */
enum { IT_DOC = 1, IT_REJ = 2 };

/* Reads this rank's share. For each document, doc_fn(ctx, doc, i) is called (i: the
 * document's index on this rank) and must take what it needs; the items' metadata are
 * serialized into meta (with the per-part line counts first). On a fault, msg names the rank
 * and the file. setup: the caller's preparation failed (that code is returned, nothing is
 * read); every rank calls this all the same, since rank 0 waits for each rank's last
 * progress message. */
typedef int (*doc_fn_t)(void *ctx, sc_doc_t *doc, size_t i, buf_t *meta);
static int read_share(int setup, const plan_t *pl, const sc_reader_opts_t *ro, doc_fn_t fn,
                      void *ctx, buf_t *meta, size_t *ndocs, char *msg, size_t msglen)
{
	sc_reader_part_t *mine = NULL;
	size_t *gidx = NULL, nm = 0, nd = 0;
	sc_reader_t *rd = NULL;
	int rc = SC_ENOMEM;
	uint64_t nitems = 0, nbytes = 0;
	prog_t prog;
	prog_begin(&prog, pl);
	msg[0] = '\0';
	if (setup) {
		rc = setup;
		goto out;
	}
	if (!(mine = calloc(pl->n ? pl->n : 1, sizeof *mine)) ||
	    !(gidx = calloc(pl->n ? pl->n : 1, sizeof *gidx)))
		goto out;
	for (size_t i = 0; i < pl->n; i++)
		if (pl->owner[i] == (uint32_t)g_rank) {
			mine[nm] = pl->p[i]; /* borrowed */
			gidx[nm++] = i;
		}
	g_share = nm ? mine[0].path : NULL; /* pl's strings: live until the run ends */
	at("reading", g_share);
	if ((rc = sc_sh_reader_open_parts(&rd, mine, nm, ro))) goto out;
	buf_t items = {0};
	for (;;) {
		sc_doc_t doc = {0};
		sc_reject_t rej = {0};
		int r = sc_sh_reader_next(rd, &doc, &rej);
		if (sc_sh_reader_part(rd) < nm) at("reading", mine[sc_sh_reader_part(rd)].path);
		if (r > 0) prog_step(&prog, ++nitems, nbytes += r == 1 ? doc.bytes_in : 0);
		if (r == 0) break;
		if (r < 0) {
			int e = errno;
			size_t part = sc_sh_reader_part(rd);
			snprintf(msg, msglen, "rank %d cannot read %s: %s", g_rank,
			         part < nm ? mine[part].path : "its share",
			         r == SC_EIO ? strerror(e) : sc_strerror(r));
			rc = r == SC_ENOMEM ? SC_ENOMEM : SC_EIO;
			free(items.a);
			goto out;
		}
		const uint32_t part = (uint32_t)gidx[sc_sh_reader_part(rd)];
		const unsigned char type = r == 1 ? IT_DOC : IT_REJ, chk = (unsigned char)sc_sh_reader_id_checked(rd);
		put(&items, &type, 1);
		put(&items, &chk, 1);
		put_u32(&items, part);
		if (r == 2) {
			put_str(&items, rej.id);
			put_str(&items, rej.path);
			put_u64(&items, rej.line);
			put_str(&items, rej.reason);
			sc_reject_free(&rej);
			continue;
		}
		put_str(&items, doc.id);
		put_str(&items, doc.path);
		put_u64(&items, doc.line);
		put_str(&items, doc.title);
		put_str(&items, doc.source);
		put_str(&items, doc.url);
		put_str(&items, doc.published);
		put_u64(&items, doc.len);
		put_u64(&items, doc.bytes_in);
		put_u64(&items, doc.repaired);
		rc = fn(ctx, &doc, nd++, &items); /* appends lang (and tokens), may take the text */
		sc_doc_free(&doc);
		if (rc) {
			snprintf(msg, msglen, "rank %d: %s", g_rank, sc_strerror(rc));
			free(items.a);
			goto out;
		}
	}
	/* the lines of the JSONL parts, then the items */
	put_u64(meta, nm);
	for (size_t i = 0; i < nm; i++) {
		put_u32(meta, (uint32_t)gidx[i]);
		put_u64(meta, sc_sh_reader_part_lines(rd, i));
	}
	put(meta, items.a, items.n);
	rc = meta->oom || items.oom ? SC_ENOMEM : SC_OK;
	free(items.a);
	*ndocs = nd;
out:
	if (rc && !msg[0]) snprintf(msg, msglen, "rank %d: %s", g_rank, sc_strerror(rc));
	at("waiting for the other ranks to read", NULL);
	prog_end(&prog, nitems, nbytes);
	sc_sh_reader_close(rd);
	free(mine);
	free(gidx);
	return rc;
}

/* ------------------------------------------------------------ merging on rank 0 */

/* One merged item, handed to the command (detect: the detector; shingle: the writer).
 * doc (rej NULL) or rej; accepted: 0 when a duplicate id made a reject of the document. */
typedef int (*merge_fn_t)(void *ctx, int rank, size_t local, sc_doc_t *doc, sc_reject_t *rej,
                          cur_t *c);

/* Rank 0: walks the gathered metadata in rank order (= input order), fixing line numbers and
 * duplicate ids; calls fn for each item. For a document, fn reads its own trailer from c
 * (what doc_fn appended) and is told local, its index on its rank. */
static int merge(const plan_t *pl, const char *all, const size_t *len, merge_fn_t fn, void *ctx,
                 sc_mpi_stats_t *st)
{
	uint64_t *lines = calloc(pl->n ? pl->n : 1, sizeof *lines),
	         *base = calloc(pl->n ? pl->n : 1, sizeof *base);
	sc_strset_t ids = {0}; /* ids accepted so far: a duplicate across shares is rejected as
	                        * one reader would */
	int rc = SC_ENOMEM;
	if (!lines || !base) goto out;
	/* pass 1: the line counts of every part */
	const char *p = all;
	for (int r = 0; r < g_size; r++) {
		cur_t c = {p, p + len[r], 0};
		uint64_t nm = get_u64(&c);
		for (uint64_t i = 0; i < nm && !c.bad; i++) {
			uint32_t g = get_u32(&c);
			uint64_t l = get_u64(&c);
			if (g < pl->n) lines[g] = l;
		}
		p += len[r];
	}
	/* a part continuing a JSONL file numbers its lines after the parts before it */
	for (size_t i = 1; i < pl->n; i++)
		if (pl->p[i].start > 0 && !strcmp(pl->p[i].path, pl->p[i - 1].path))
			base[i] = base[i - 1] + lines[i - 1];
	p = all;
	rc = SC_OK;
	for (int r = 0; r < g_size && !rc; r++) {
		cur_t c = {p, p + len[r], 0};
		uint64_t nm = get_u64(&c);
		for (uint64_t i = 0; i < nm; i++) {
			get_u32(&c);
			get_u64(&c);
		}
		size_t local = 0;
		while (!rc && !c.bad && c.p < c.end) {
			unsigned char type, chk;
			get(&c, &type, 1);
			get(&c, &chk, 1);
			uint32_t part = get_u32(&c);
			const uint64_t lb = part < pl->n ? base[part] : 0;
			sc_doc_t doc = {0};
			sc_reject_t rej = {0};
			if (type == IT_REJ) {
				rej.id = get_str(&c);
				rej.path = get_str(&c);
				rej.line = get_u64(&c);
				rej.reason = get_str(&c);
				if (rej.line) rej.line += lb;
				if (chk && rej.id && sc_strset_has(&ids, rej.id)) {
					/* one reader would have found the duplicate before this check */
					char *why = malloc(strlen(rej.id) + sizeof SC_SH_DUP_REASON);
					if (!why) rc = SC_ENOMEM;
					else {
						sprintf(why, SC_SH_DUP_REASON, rej.id);
						free(rej.reason);
						rej.reason = why;
					}
				}
				if (c.bad) rc = SC_ENOMEM;
				st->rejected++;
				if (!rc) rc = fn(ctx, r, SIZE_MAX, NULL, &rej, &c);
				sc_reject_free(&rej);
				continue;
			}
			doc.id = get_str(&c);
			doc.path = get_str(&c);
			doc.line = get_u64(&c);
			doc.title = get_str(&c);
			doc.source = get_str(&c);
			doc.url = get_str(&c);
			doc.published = get_str(&c);
			doc.len = (size_t)get_u64(&c);
			doc.bytes_in = (size_t)get_u64(&c);
			doc.repaired = (size_t)get_u64(&c);
			if (doc.line) doc.line += lb;
			if (c.bad || !doc.id) {
				sc_doc_free(&doc);
				rc = SC_ENOMEM;
				break;
			}
			if (sc_strset_has(&ids, doc.id)) {
				/* a duplicate of an id accepted on an earlier share */
				rej.reason = malloc(strlen(doc.id) + sizeof SC_SH_DUP_REASON);
				if (rej.reason) sprintf(rej.reason, SC_SH_DUP_REASON, doc.id);
				rej.id = doc.id, rej.path = doc.path, rej.line = doc.line;
				doc.id = doc.path = NULL;
				st->rejected++;
				rc = rej.reason ? fn(ctx, r, local, NULL, &rej, &c) : SC_ENOMEM;
				sc_reject_free(&rej);
			} else {
				if (sc_strset_add(&ids, doc.id)) {
					rc = SC_ENOMEM;
				} else {
					st->documents++;
					rc = fn(ctx, r, local, &doc, NULL, &c);
				}
			}
			sc_doc_free(&doc);
			local++;
		}
		if (c.bad) rc = rc ? rc : SC_ENOMEM;
		p += len[r];
	}
	st->inputs = st->documents + st->rejected;
out:
	sc_strset_free(&ids);
	free(lines);
	free(base);
	return rc;
}

/* ------------------------------------------------------------ rank stats */
static void finish_stats(sc_mpi_stats_t *st)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	double cpu = (double)ru.ru_utime.tv_sec + 1e-6 * (double)ru.ru_utime.tv_usec +
	             (double)ru.ru_stime.tv_sec + 1e-6 * (double)ru.ru_stime.tv_usec;
	long rss = ru.ru_maxrss;
	uint64_t sent = g_sent, smax = 0, stot = 0;
	double ctot = 0, cmax = 0;
	long rmax = 0;
	MPI_Reduce(&sent, &stot, 1, MPI_UINT64_T, MPI_SUM, 0, MPI_COMM_WORLD);
	MPI_Reduce(&sent, &smax, 1, MPI_UINT64_T, MPI_MAX, 0, MPI_COMM_WORLD);
	MPI_Reduce(&cpu, &ctot, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
	MPI_Reduce(&cpu, &cmax, 1, MPI_DOUBLE, MPI_MAX, 0, MPI_COMM_WORLD);
	MPI_Reduce(&rss, &rmax, 1, MPI_LONG, MPI_MAX, 0, MPI_COMM_WORLD);
	st->ranks = g_size;
	st->bytes_sent_total = stot, st->bytes_sent_max = smax;
	st->cpu_total = ctot, st->cpu_max = cmax;
	st->rss_max_kb = rmax;
}

/* ================================================================ detect */
typedef struct dloc_s {
	/* this rank's documents */
	size_t n, m;
	uint32_t *sig;   /* n x k */
	sc_u64v_t *set;  /* word shingle sets */
	uint32_t *gidx;  /* global index (id order), UINT32_MAX: rejected as a duplicate */
	int k;
	sc_tokenizer_t *tk;
	sc_minhash_t *mh;
	sc_shingle_opts_t wo;
} dloc_t;

static int det_doc(void *ctx, sc_doc_t *doc, size_t i, buf_t *meta)
{
	dloc_t *L = ctx;
	/* a document's k signature values and its set grow together */
	if (sc_grow2((void **)&L->sig, (size_t)L->k * sizeof *L->sig, (void **)&L->set,
	             sizeof *L->set, &L->m, L->n + 1))
		return SC_ENOMEM;
	sc_det_doc_t x;
	memset(&x, 0, sizeof x);
	x.doc = *doc; /* borrowed: the text is only read */
	memset(&L->set[i], 0, sizeof L->set[i]);
	int rc = sc_det_sketch_one(L->tk, &L->wo, L->mh, &x, &L->set[i], L->sig + i * (size_t)L->k);
	L->n = i + 1;
	if (rc) return rc;
	sc_det_doc_date(&x); /* rank 0 has no text to read it from */
	const unsigned char src = (unsigned char)x.date_source;
	put(meta, x.doc.lang, sizeof x.doc.lang);
	put_u64(meta, x.tokens);
	put_u32(meta, (uint32_t)x.day);
	put_u32(meta, (uint32_t)x.year);
	put(meta, &src, 1);
	return SC_OK;
}

/* Rank 0: the detector gets the merged items. */
typedef struct dmerge_s {
	sc_det_t *det;
	uint32_t **pos;    /* per rank: add position of each local document, UINT32_MAX if none */
	size_t *npos;
	sc_mpi_item_fn item;
	void *item_ctx;
} dmerge_t;

static int det_merge(void *ctx, int rank, size_t local, sc_doc_t *doc, sc_reject_t *rej, cur_t *c)
{
	dmerge_t *M = ctx;
	char lang[4] = {0};
	uint64_t tokens = 0;
	uint32_t day = (uint32_t)SC_DET_NODAY, year = 0;
	unsigned char src = SC_DATE_NONE;
	if (local != SIZE_MAX) { /* a document's trailer, also when it became a reject */
		get(c, lang, sizeof lang);
		tokens = get_u64(c);
		day = get_u32(c);
		year = get_u32(c);
		get(c, &src, 1);
		if (c->bad) return SC_ENOMEM;
		if (local >= M->npos[rank]) {
			const size_t old = M->npos[rank];
			if (SC_GROW(M->pos[rank], M->npos[rank], local + 1)) return SC_ENOMEM;
			for (size_t j = old; j < M->npos[rank]; j++)
				M->pos[rank][j] = UINT32_MAX; /* not come yet */
		}
	}
	if (M->item) M->item(M->item_ctx, doc, rej);
	if (rej) return sc_det_reject(M->det, rej);
	memcpy(doc->lang, lang, sizeof doc->lang);
	doc->lang[3] = '\0';
	M->pos[rank][local] = (uint32_t)sc_det_result(M->det)->ndocs;
	return sc_det_add_sketched(M->det, doc, (size_t)tokens, (int32_t)day, (int)year, src);
}

static const sc_det_doc_t *g_sort_docs;
static int cmp_pos(const void *x, const void *y)
{
	return strcmp(g_sort_docs[*(const uint32_t *)x].doc.id,
	              g_sort_docs[*(const uint32_t *)y].doc.id);
}

/* ORDER_BY(name, T, key): name, a qsort comparator of T records by their field key,
 * ascending; one for each record below sorted by one key. */
#define ORDER_BY(name, T, key)                                                                     \
	static int name(const void *x, const void *y)                                              \
	{                                                                                          \
		const T *a = x, *b = y;                                                            \
		return (a->key > b->key) - (a->key < b->key);                                      \
	}

/* band record and pair record */
typedef struct brec_s {
	uint64_t key;
	uint32_t g;
	uint16_t band, rank;
} brec_t;
static int cmp_brec(const void *x, const void *y)
{
	const brec_t *a = x, *b = y;
	if (a->band != b->band) return a->band < b->band ? -1 : 1;
	if (a->key != b->key) return a->key < b->key ? -1 : 1;
	return (a->g > b->g) - (a->g < b->g);
}
typedef struct prec_s {
	uint64_t ab;       /* a << 32 | b, a < b */
	uint32_t rb, pad;  /* rank holding b */
} prec_t;
ORDER_BY(cmp_prec, prec_t, ab)
typedef struct grec_s {
	uint32_t g, local;
} grec_t;
ORDER_BY(cmp_grec, grec_t, g)
typedef struct jrec_s {
	uint64_t ab;
	double j;
} jrec_t;
ORDER_BY(cmp_jrec, jrec_t, ab)

static int cmp_u32(const void *x, const void *y)
{
	const uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
	return (a > b) - (a < b);
}

static int push_pair(buf_t *to, uint32_t a, uint32_t ra, uint32_t b, uint32_t rb,
                     uint64_t *pushed)
{
	if (a > b) {
		uint32_t t = a;
		a = b, b = t;
		t = ra, ra = rb, rb = t;
	}
	prec_t p = {(uint64_t)a << 32 | b, rb, 0};
	put(&to[ra], &p, sizeof p);
	(*pushed)++;
	return to[ra].oom ? SC_ENOMEM : SC_OK;
}

static void bufs_free(buf_t *b, int n)
{
	for (int i = 0; b && i < n; i++)
		free(b[i].a);
	free(b);
}

/* Phases 4-6: the state the steps below pass along (every rank has its own). */
typedef struct pairs_s {
	buf_t *to;      /* per destination rank */
	int *rlen;      /* bytes received from each rank */
	char *rb;       /* what the last exchange received */
	size_t rtot;
	prec_t *cand;   /* the candidates whose first document is here, sorted and unique */
	size_t nc;
	grec_t *byg;    /* this rank's documents by global index */
	size_t nbyg;
	grec_t *rg;     /* the sets received, by global index (offsets into rb) */
	size_t nrecv;
	uint64_t keys, pushed, bcap, pcap; /* banding's counts on this rank */
} pairs_t;

static void pairs_clear(pairs_t *X)
{
	for (int d = 0; d < g_size; d++)
		X->to[d].n = 0;
}

/* 4a. Each band row's key goes to the rank its hash names (band, key, document, rank). */
static int pairs_send_keys(const dloc_t *L, const sc_lsh_plan_t *plan, pairs_t *X)
{
	const size_t rowbytes = (size_t)plan->r * sizeof(uint32_t);
	for (size_t i = 0; i < L->n; i++) {
		if (L->gidx[i] == UINT32_MAX) continue;
		for (int band = 0; band < plan->b; band++) {
			const uint32_t *row = L->sig + i * (size_t)L->k + (size_t)band * (size_t)plan->r;
			brec_t x = {XXH3_64bits_withSeed(row, rowbytes, (XXH64_hash_t)band), L->gidx[i],
			            (uint16_t)band, (uint16_t)g_rank};
			int d = (int)(((x.key ^ ((uint64_t)band * 0x9E3779B97F4A7C15ULL)) >> 17) %
			              (uint64_t)g_size);
			put(&X->to[d], &x, sizeof x);
			X->keys++;
		}
	}
	int rc = alltoallv(X->to, &X->rb, &X->rtot, X->rlen);
	pairs_clear(X);
	return rc;
}

/* 4b. Runs of equal (band, key) among the records received give pairs, with lsh.c's rule
 * (documents ascending; a bucket over SC_DET_BUCKET_CAP chained), each addressed to the rank
 * of its first document; then each destination's pairs sorted and unique (fewer bytes). */
static int pairs_from_buckets(pairs_t *X)
{
	brec_t *v = (brec_t *)(void *)X->rb;
	const size_t n = X->rtot / sizeof *v;
	int rc = SC_OK;
	if (n) qsort(v, n, sizeof *v, cmp_brec);
	for (size_t i = 0, j; i < n && !rc; i = j) {
		for (j = i + 1; j < n && v[j].key == v[i].key && v[j].band == v[i].band; j++)
			;
		size_t m = j - i;
		if (m < 2) continue;
		if (m <= SC_DET_BUCKET_CAP) {
			for (size_t x = i; x < j && !rc; x++)
				for (size_t y = x + 1; y < j && !rc; y++)
					rc = push_pair(X->to, v[x].g, v[x].rank, v[y].g, v[y].rank, &X->pushed);
		} else {
			X->bcap++;
			X->pcap += (uint64_t)m * (m - 1) / 2 - (2 * m - 3);
			for (size_t x = i + 1; x < j && !rc; x++) {
				rc = push_pair(X->to, v[i].g, v[i].rank, v[x].g, v[x].rank, &X->pushed);
				if (!rc && x > i + 1)
					rc = push_pair(X->to, v[x - 1].g, v[x - 1].rank, v[x].g, v[x].rank,
					               &X->pushed);
			}
		}
	}
	free(X->rb);
	X->rb = NULL;
	for (int d = 0; d < g_size && !rc; d++) {
		prec_t *p = (prec_t *)(void *)X->to[d].a;
		size_t np = X->to[d].n / sizeof *p, m = 0;
		if (np) qsort(p, np, sizeof *p, cmp_prec);
		for (size_t i = 0; i < np; i++)
			if (!m || p[i].ab != p[m - 1].ab) p[m++] = p[i];
		X->to[d].n = m * sizeof *p;
	}
	return agree(rc);
}

/* 5. The candidates go to the rank of their first document, unique there; banding's counts
 * summed on rank 0 (lst). */
static int pairs_collect(pairs_t *X, sc_lsh_stats_t *lst)
{
	int rc = alltoallv(X->to, &X->rb, &X->rtot, X->rlen);
	pairs_clear(X);
	if (rc) return rc;
	X->cand = (prec_t *)(void *)X->rb;
	X->rb = NULL;
	X->nc = X->rtot / sizeof *X->cand;
	if (X->nc) qsort(X->cand, X->nc, sizeof *X->cand, cmp_prec);
	size_t m = 0;
	for (size_t i = 0; i < X->nc; i++)
		if (!m || X->cand[i].ab != X->cand[m - 1].ab) X->cand[m++] = X->cand[i];
	X->nc = m;
	uint64_t lsh_local[5] = {X->keys, X->pushed, X->nc, X->bcap, X->pcap}, lsh_sum[5];
	MPI_Reduce(lsh_local, lsh_sum, 5, MPI_UINT64_T, MPI_SUM, 0, MPI_COMM_WORLD);
	if (g_rank == 0) {
		lst->keys = lsh_sum[0], lst->collisions = lsh_sum[1], lst->candidates = lsh_sum[2];
		lst->buckets_capped = lsh_sum[3], lst->pairs_capped = lsh_sum[4];
	}
	return SC_OK;
}

/* 5'. A small corpus: every pair is verified (sc_det_run's rule), at the rank of its first
 * document; the LSH candidates only counted. */
static int pairs_all(const dloc_t *L, pairs_t *X, size_t nglobal, const uint32_t *owner_all)
{
	int rc = SC_OK;
	size_t mc = 0;
	free(X->cand);
	X->cand = NULL;
	X->nc = 0;
	for (size_t i = 0; i < L->n && !rc; i++) {
		const uint32_t a = L->gidx[i];
		if (a == UINT32_MAX) continue;
		for (uint32_t b = a + 1; b < nglobal; b++) {
			if (SC_GROW(X->cand, mc, X->nc + 1)) {
				rc = SC_ENOMEM;
				break;
			}
			X->cand[X->nc++] = (prec_t){(uint64_t)a << 32 | b, owner_all[b], 0};
		}
	}
	if (X->nc) qsort(X->cand, X->nc, sizeof *X->cand, cmp_prec);
	return agree(rc);
}

/* 6a. This rank's documents by global index, and a request to the holder of each second
 * document held elsewhere (unique per holder). */
static int pairs_ask_sets(const dloc_t *L, pairs_t *X)
{
	int rc = SC_OK;
	if (!(X->byg = malloc((L->n ? L->n : 1) * sizeof *X->byg))) rc = SC_ENOMEM;
	for (size_t i = 0; X->byg && i < L->n; i++)
		if (L->gidx[i] != UINT32_MAX) X->byg[X->nbyg++] = (grec_t){L->gidx[i], (uint32_t)i};
	if (X->nbyg) qsort(X->byg, X->nbyg, sizeof *X->byg, cmp_grec);
	for (size_t i = 0; i < X->nc && !rc; i++)
		if (X->cand[i].rb != (uint32_t)g_rank)
			put_u32(&X->to[X->cand[i].rb], (uint32_t)X->cand[i].ab);
	for (int d = 0; d < g_size; d++) {
		uint32_t *v = (uint32_t *)(void *)X->to[d].a;
		size_t n = X->to[d].n / 4, m = 0;
		if (n) qsort(v, n, sizeof *v, cmp_u32);
		for (size_t i = 0; i < n; i++)
			if (!m || v[i] != v[m - 1]) v[m++] = v[i];
		X->to[d].n = m * 4;
	}
	if ((rc = agree(rc))) return rc;
	rc = alltoallv(X->to, &X->rb, &X->rtot, X->rlen);
	pairs_clear(X);
	return rc;
}

/* 6b. The answers: for each request, the document's global index, set size, set and
 * signature; then the sets received, indexed by global index. */
static int pairs_send_sets(const dloc_t *L, pairs_t *X, sc_mpi_stats_t *st)
{
	const int k = L->k;
	const uint32_t *q = (const uint32_t *)(const void *)X->rb;
	int rc = SC_OK;
	size_t off = 0;
	for (int s = 0; s < g_size; s++) {
		for (size_t i = 0; i < (size_t)X->rlen[s] / 4; i++) {
			grec_t key = {q[off / 4 + i], 0},
			       *f = bsearch(&key, X->byg, X->nbyg, sizeof *X->byg, cmp_grec);
			if (!f) {
				rc = SC_EFORMAT;
				continue;
			}
			const sc_u64v_t *set = &L->set[f->local];
			put_u32(&X->to[s], key.g);
			put_u64(&X->to[s], set->n);
			put(&X->to[s], set->a, set->n * sizeof *set->a);
			put(&X->to[s], L->sig + (size_t)f->local * k, (size_t)k * sizeof(uint32_t));
			st->sets_moved++;
		}
		off += (size_t)X->rlen[s];
	}
	free(X->rb);
	X->rb = NULL;
	if ((rc = agree(rc)) || (rc = alltoallv(X->to, &X->rb, &X->rtot, X->rlen))) return rc;
	cur_t c = {X->rb, X->rb + X->rtot, 0};
	size_t m = 0;
	while (c.p < c.end && !c.bad) {
		uint32_t g = get_u32(&c);
		uint64_t ns = get_u64(&c);
		size_t at = (size_t)(c.p - X->rb);
		if ((size_t)(c.end - c.p) < ns * 8 + (size_t)k * 4) {
			c.bad = 1;
			break;
		}
		c.p += ns * 8 + (size_t)k * 4;
		if (SC_GROW(X->rg, m, X->nrecv + 1)) {
			c.bad = 1;
			break;
		}
		X->rg[X->nrecv++] = (grec_t){g, (uint32_t)(at - 12)}; /* offset of the record */
	}
	if (X->nrecv) qsort(X->rg, X->nrecv, sizeof *X->rg, cmp_grec);
	return c.bad ? SC_ENOMEM : SC_OK;
}

/* One candidate's second document: its set and signature, here or received. The records
 * received are packed: a set not 8-byte aligned is copied into *tmp (caller frees). */
static int pairs_second(const dloc_t *L, const pairs_t *X, const prec_t *p, const uint64_t **sb,
                        size_t *nb, const uint32_t **sigb, uint64_t **tmp)
{
	grec_t key = {(uint32_t)p->ab, 0}, *f;
	*tmp = NULL;
	if (p->rb == (uint32_t)g_rank) {
		if (!(f = bsearch(&key, X->byg, X->nbyg, sizeof *X->byg, cmp_grec))) return SC_EFORMAT;
		*sb = L->set[f->local].a, *nb = L->set[f->local].n;
		*sigb = L->sig + (size_t)f->local * L->k;
		return SC_OK;
	}
	if (!(f = bsearch(&key, X->rg, X->nrecv, sizeof *X->rg, cmp_grec))) return SC_EFORMAT;
	const char *x = X->rb + f->local;
	uint64_t ns;
	memcpy(&ns, x + 4, 8);
	*sb = (const uint64_t *)(const void *)(x + 12);
	*nb = (size_t)ns;
	*sigb = (const uint32_t *)(const void *)(x + 12 + ns * 8);
	if (((uintptr_t)*sb & 7) == 0 || !ns) return SC_OK;
	if (!(*tmp = malloc(ns * 8))) return SC_ENOMEM;
	memcpy(*tmp, *sb, ns * 8);
	*sb = *tmp;
	return SC_OK;
}

/* 6c. The exact Jaccard of every candidate held here (jr), and the signatures of the
 * documents of its verified pairs (sigs: g then k values). */
static int pairs_jaccard(const dloc_t *L, const pairs_t *X, double t, jrec_t **jr, size_t *njr,
                         buf_t *sigs, sc_mpi_stats_t *st)
{
	const int k = L->k;
	int rc = SC_OK;
	if (X->nc && !(*jr = malloc(X->nc * sizeof **jr))) rc = SC_ENOMEM;
	for (size_t i = 0; i < X->nc && !rc; i++) {
		const uint32_t a = (uint32_t)(X->cand[i].ab >> 32), b = (uint32_t)X->cand[i].ab;
		grec_t key = {a, 0}, *fa = bsearch(&key, X->byg, X->nbyg, sizeof *X->byg, cmp_grec);
		const uint64_t *sb;
		size_t nb;
		const uint32_t *sigb;
		uint64_t *tmp = NULL;
		if (!fa) rc = SC_EFORMAT;
		else rc = pairs_second(L, X, &X->cand[i], &sb, &nb, &sigb, &tmp);
		if (rc) break;
		const sc_u64v_t *sa = &L->set[fa->local];
		double j = sc_det_jaccard(sa->a, sa->n, sb, nb);
		free(tmp);
		(*jr)[(*njr)++] = (jrec_t){X->cand[i].ab, j};
		if (j >= t) {
			put_u32(sigs, a);
			put(sigs, L->sig + (size_t)fa->local * k, (size_t)k * 4);
			put_u32(sigs, b);
			put(sigs, sigb, (size_t)k * 4); /* memcpy: unaligned is fine */
			st->verified++;
		}
	}
	if (sigs->oom) rc = SC_ENOMEM;
	return agree(rc);
}

/* Phases 4-6 on every rank, in order. Out: this rank's candidates with their Jaccard (jr,
 * njr), and the signatures of the documents of its verified pairs (sigs). */
static int det_pairs(dloc_t *L, const sc_lsh_plan_t *plan, size_t nglobal, const uint32_t *owner_all,
                     double t, jrec_t **jr, size_t *njr, buf_t *sigs, sc_lsh_stats_t *lst,
                     sc_mpi_stats_t *st)
{
	pairs_t X = {.to = calloc((size_t)g_size, sizeof *X.to),
	             .rlen = calloc((size_t)g_size, sizeof *X.rlen)};
	int rc = agree(X.to && X.rlen ? SC_OK : SC_ENOMEM);
	*jr = NULL;
	*njr = 0;
	if (!rc) rc = pairs_send_keys(L, plan, &X);
	st->band_records = X.keys;
	if (!rc) rc = pairs_from_buckets(&X);
	if (!rc) rc = pairs_collect(&X, lst);
	if (!rc && owner_all) rc = pairs_all(L, &X, nglobal, owner_all);
	if (!rc) rc = pairs_ask_sets(L, &X);
	if (!rc) rc = pairs_send_sets(L, &X, st);
	if (!(rc = agree(rc))) rc = pairs_jaccard(L, &X, t, jr, njr, sigs, st);
	if (rc) {
		free(*jr);
		*jr = NULL;
		*njr = 0;
	}
	st->candidates = X.nc;
	free(X.cand);
	free(X.byg);
	free(X.rg);
	free(X.rb);
	free(X.rlen);
	bufs_free(X.to, g_size);
	return rc;
}

/* The duplicate tier's run: the state its steps pass along (every rank has its own). */
typedef struct drun_s {
	plan_t pl;
	dloc_t L;
	dmerge_t M;            /* rank 0 */
	sc_det_t *det;         /* rank 0 */
	sc_lsh_plan_t plan;
	buf_t meta, sigs, jb;
	char *all;             /* rank 0: the last gather */
	size_t *len;           /* its bytes per rank */
	uint32_t *owner_all;   /* a small corpus: every document's rank */
	size_t nglobal;
	jrec_t *jr;            /* this rank's candidates with their Jaccard */
	size_t njr;
	sc_det_ext_t ext;      /* rank 0: what the detector is given */
	sc_mpi_stats_t *st;
	char *err;
	size_t errlen;
} drun_t;

/* 2. This rank's share read and sketched; a fault names its rank and file on rank 0. */
static int dup_read(drun_t *D, const sc_det_opts_t *o, const sc_reader_opts_t *ro)
{
	dloc_t *L = &D->L;
	char msg[512];
	size_t nd = 0;
	L->k = o->mh.k;
	sc_sh_shingle_opts_init(&L->wo, SC_VIEW_WORD);
	L->wo.k = o->dup_k;
	L->wo.norm.fold_accents = o->fold_accents;
	int rc = (L->tk = sc_sh_tokenizer_create(&L->wo.norm)) &&
	                 (L->mh = sc_sh_minhash_create(&o->mh)) &&
	                 !sc_det_lsh_plan(o->dup_threshold, o->mh.k, o->fp_weight, o->fn_weight,
	                                  &D->plan)
	             ? SC_OK
	             : SC_ENOMEM;
	rc = read_share(rc, &D->pl, ro, det_doc, L, &D->meta, &nd, msg, sizeof msg);
	L->n = nd;
	if (agree(rc)) {
		gather_errors(rc ? msg : NULL, D->err, D->errlen);
		return SC_EIO;
	}
	return SC_OK;
}

/* Phase 3's send: every rank's records (metadata, and texts on the texts path) to rank 0,
 * which gets them in *all with each rank's byte count in *len. The rank's own copy is freed
 * once sent: on the texts path it holds every text of the share. */
static int meta_to_root(buf_t *meta, char **all, size_t **len, int p2p)
{
	int rc = SC_OK;
	at("sending its documents to rank 0", NULL);
	if (!(*len = calloc((size_t)g_size, sizeof **len))) rc = SC_ENOMEM;
	if ((rc = agree(rc)) || (rc = gatherv(meta, all, *len, p2p))) return rc;
	free(meta->a);
	meta->a = NULL;
	return SC_OK;
}

static int no_reread(void *ctx, sc_det_t *d)
{
	(void)ctx, (void)d;
	return SC_EPARAM;
}

/* Rank 0, phase 3: the detector every rank's documents are merged into, o with reread as its
 * way back to the texts (NULL: it keeps them). NULL when out of memory. */
static sc_det_t *merging_detector(const sc_det_opts_t *o, int (*reread)(void *, sc_det_t *))
{
	at("merging the documents of every rank", NULL);
	sc_det_opts_t oo = *o;
	oo.reread = reread;
	oo.reread_ctx = NULL;
	return sc_det_create(&oo);
}

/* 3. The metadata to rank 0, merged into a streaming detector there. */
static int dup_merge(drun_t *D, const sc_det_opts_t *o, sc_mpi_item_fn item, void *item_ctx)
{
	int rc = meta_to_root(&D->meta, &D->all, &D->len, 0);
	if (rc) return rc;
	if (g_rank == 0) {
		D->M.item = item, D->M.item_ctx = item_ctx;
		/* streaming mode, fed by sc_det_add_sketched */
		if (!(D->det = merging_detector(o, no_reread)) ||
		    !(D->M.pos = calloc((size_t)g_size, sizeof *D->M.pos)) ||
		    !(D->M.npos = calloc((size_t)g_size, sizeof *D->M.npos)))
			rc = SC_ENOMEM;
		else {
			D->M.det = D->det;
			rc = merge(&D->pl, D->all, D->len, det_merge, &D->M, D->st);
		}
		free(D->all);
		D->all = NULL;
	}
	return agree(rc);
}

/* Rank 0: the documents numbered in id order; to[s] gets the numbers of rank s's documents
 * and, for a small corpus, owner_all every document's rank. M.pos[0] becomes the add position
 * of each number (for the signatures of dup_cluster). */
static int dup_number_rank0(drun_t *D, buf_t *to)
{
	dmerge_t *M = &D->M;
	const sc_det_result_t *r = sc_det_result(D->det);
	const size_t n = r->ndocs;
	uint32_t *ord = malloc((n ? n : 1) * sizeof *ord), *gof = malloc((n ? n : 1) * sizeof *gof);
	int rc = ord && gof ? SC_OK : SC_ENOMEM;
	D->nglobal = n;
	for (size_t i = 0; !rc && i < n; i++)
		ord[i] = (uint32_t)i;
	g_sort_docs = r->docs;
	if (!rc && n > 1) qsort(ord, n, sizeof *ord, cmp_pos);
	for (size_t i = 0; !rc && i < n; i++)
		gof[ord[i]] = (uint32_t)i; /* add position -> global index */
	for (int s = 0; !rc && s < g_size; s++)
		for (size_t i = 0; i < M->npos[s]; i++)
			put_u32(&to[s], M->pos[s][i] == UINT32_MAX ? UINT32_MAX : gof[M->pos[s][i]]);
	if (!rc && n > 1 && (uint64_t)n * (n - 1) / 2 <= SC_DET_ALLPAIRS) {
		if (!(D->owner_all = malloc(n * sizeof *D->owner_all))) rc = SC_ENOMEM;
		for (int s = 0; !rc && s < g_size; s++)
			for (size_t i = 0; i < M->npos[s]; i++)
				if (M->pos[s][i] != UINT32_MAX) D->owner_all[gof[M->pos[s][i]]] = (uint32_t)s;
	}
	free(gof);
	if (rc) {
		free(ord);
		return rc;
	}
	for (int s = 0; s < g_size; s++) { /* ord replaces the positions */
		free(M->pos[s]);
		M->pos[s] = NULL;
	}
	M->pos[0] = ord;
	M->npos[0] = n;
	return SC_OK;
}

/* 3'. The numbers to the ranks (only rank 0 sends: an all-to-all keeps one code path), the
 * corpus size and, for a small corpus, every document's rank to all. */
static int dup_number(drun_t *D)
{
	at("numbering the documents", NULL);
	buf_t *to = calloc((size_t)g_size, sizeof *to);
	int *rl = calloc((size_t)g_size, sizeof *rl);
	char *rbuf = NULL;
	size_t rtot = 0;
	int rc = to && rl ? SC_OK : SC_ENOMEM;
	if (g_rank == 0 && !rc) rc = dup_number_rank0(D, to);
	if (!(rc = agree(rc))) rc = alltoallv(to, &rbuf, &rtot, rl);
	if (!rc) {
		dloc_t *L = &D->L;
		if (!(L->gidx = malloc((L->n ? L->n : 1) * sizeof *L->gidx))) rc = SC_ENOMEM;
		for (size_t i = 0; !rc && i < L->n; i++)
			L->gidx[i] = i < rtot / 4 ? ((uint32_t *)(void *)rbuf)[i] : UINT32_MAX;
	}
	free(rbuf);
	free(rl);
	bufs_free(to, g_size);
	if ((rc = agree(rc))) return rc;
	uint64_t ng = D->nglobal;
	int small = D->owner_all != NULL;
	MPI_Bcast(&ng, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD);
	MPI_Bcast(&small, 1, MPI_INT, 0, MPI_COMM_WORLD);
	D->nglobal = (size_t)ng;
	if (small && g_rank != 0 && !(D->owner_all = malloc(D->nglobal * sizeof *D->owner_all)))
		rc = SC_ENOMEM;
	if (!(rc = agree(rc)) && small) {
		MPI_Bcast(D->owner_all, (int)D->nglobal, MPI_UINT32_T, 0, MPI_COMM_WORLD);
		g_sent += g_rank == 0 ? D->nglobal * 4 * (uint64_t)(g_size - 1) : 0;
	}
	return rc;
}

/* 7a. The candidates with their Jaccard to rank 0, sorted there into the detector's input. */
static int dup_gather_pairs(drun_t *D)
{
	int rc;
	at("sending its verified pairs to rank 0", NULL);
	put(&D->jb, D->jr, D->njr * sizeof *D->jr);
	free(D->jr);
	D->jr = NULL;
	if ((rc = gatherv(&D->jb, &D->all, D->len, 0))) return rc;
	free(D->jb.a);
	D->jb.a = NULL;
	if (g_rank == 0) {
		size_t tot = 0;
		for (int s = 0; s < g_size; s++)
			tot += D->len[s];
		jrec_t *v = (jrec_t *)(void *)D->all;
		size_t nj = tot / sizeof *v;
		if (nj) qsort(v, nj, sizeof *v, cmp_jrec);
		D->ext.ncand = nj;
		if ((nj && (!(D->ext.cand = malloc(nj * sizeof *D->ext.cand)) ||
		            !(D->ext.candj = malloc(nj * sizeof *D->ext.candj)))))
			rc = SC_ENOMEM;
		for (size_t i = 0; !rc && i < nj; i++)
			D->ext.cand[i] = v[i].ab, D->ext.candj[i] = v[i].j;
		D->ext.all_pairs = D->owner_all != NULL;
		free(D->all);
		D->all = NULL;
	}
	return agree(rc);
}

/* 7b. The signatures of verified pairs to rank 0 (left in D->all), and the counts summed. */
static int dup_gather_sigs(drun_t *D)
{
	sc_mpi_stats_t *st = D->st;
	int rc = gatherv(&D->sigs, &D->all, D->len, 0);
	if (rc) return rc;
	uint64_t loc[4] = {st->verified, st->sets_moved, st->candidates, st->band_records},
	         sum[4] = {0};
	MPI_Reduce(loc, sum, 4, MPI_UINT64_T, MPI_SUM, 0, MPI_COMM_WORLD);
	st->verified = sum[0], st->sets_moved = sum[1], st->candidates = sum[2];
	st->band_records = sum[3];
	return SC_OK;
}

/* 7c. Rank 0: the signatures into the detector, then the detector from clustering on. */
static int dup_cluster(drun_t *D)
{
	size_t tot = 0, rec = 4 + (size_t)D->L.k * 4;
	int rc = SC_OK;
	for (int s = 0; s < g_size; s++)
		tot += D->len[s];
	for (size_t off = 0; off + rec <= tot; off += rec) {
		uint32_t g;
		memcpy(&g, D->all + off, 4);
		if (g >= D->nglobal) return SC_EFORMAT;
		memcpy(sc_det_ext_sig(D->det, D->M.pos[0][g]), D->all + off + 4, (size_t)D->L.k * 4);
	}
	free(D->all);
	D->all = NULL;
	at("clustering", NULL);
	prog_phase("clustering");
	sc_det_set_ext(D->det, &D->ext);
	rc = sc_det_run(D->det, D->err, D->errlen);
	sc_det_set_ext(D->det, NULL);
	return rc;
}

static void drun_free(drun_t *D)
{
	sc_det_free(D->det);
	SC_FREE_ALL(D->ext.cand, D->ext.candj, D->jr, D->all, D->len, D->meta.a, D->sigs.a, D->jb.a,
	            D->owner_all, D->M.npos);
	if (D->M.pos) SC_FREE_EACH(D->M.pos, g_size);
	for (size_t i = 0; D->L.set && i < D->L.n; i++)
		sc_u64v_free(&D->L.set[i]);
	SC_FREE_ALL(D->L.set, D->L.sig, D->L.gidx);
	sc_sh_tokenizer_free(D->L.tk);
	sc_sh_minhash_free(D->L.mh);
	plan_free(&D->pl);
}

/* The start of a run, on every rank: no detector, no statistics, no message yet. */
static void run_reset(sc_det_t **detp, sc_mpi_stats_t *st, char *err, size_t errlen)
{
	*detp = NULL;
	memset(st, 0, sizeof *st);
	if (err && errlen) err[0] = '\0';
	g_sent = 0;
}

/* After a collective failure (every rank has the code rc): rank 0 says it, unless a message
 * names the fault already. */
static void say_collective(int rc, char *err, size_t errlen)
{
	if (g_rank == 0 && err && errlen && !err[0])
		snprintf(err, errlen, "%s (on some rank)", sc_strerror(rc));
}

/* The duplicate tier over ranks: the phases of the file comment, in order. */
static int detect_run(sc_det_t **detp, const sc_det_opts_t *o, const sc_reader_opts_t *ro,
                      const char *const *inputs, int n, sc_mpi_item_fn item, void *item_ctx,
                      sc_mpi_stats_t *st, char *err, size_t errlen)
{
	drun_t D = {.st = st, .err = err, .errlen = errlen};
	double t0 = wall(), t1;
	int rc;
	run_reset(detp, st, err, errlen);
	if (o->event_tier || o->boilerplate) return SC_EPARAM;
	if ((rc = plan_share(inputs, n, &D.pl, err, errlen))) return rc;
	if ((rc = dup_read(&D, o, ro))) goto out;
	st->sec_read = wall() - t0;
	if ((rc = dup_merge(&D, o, item, item_ctx)) || (rc = dup_number(&D))) goto fail;
	t1 = wall();
	at("exchanging band keys and verifying candidate pairs", NULL);
	prog_phase("band keys and verification");
	if ((rc = det_pairs(&D.L, &D.plan, D.nglobal, D.owner_all, o->dup_threshold, &D.jr, &D.njr,
	                    &D.sigs, &D.ext.lsh, st)))
		goto fail;
	st->sec_exchange = wall() - t1;
	t1 = wall();
	if ((rc = dup_gather_pairs(&D)) || (rc = dup_gather_sigs(&D))) goto fail;
	st->sec_verify = wall() - t1;
	finish_stats(st);
	if (g_rank == 0 && !(rc = dup_cluster(&D))) {
		*detp = D.det;
		D.det = NULL;
	}
	goto out;
fail: /* a collective failure after reading */
	say_collective(rc, err, errlen);
out:
	drun_free(&D);
	return rc;
}

/* ================================================================ the texts path
 * With the event tier (and the comparator after it) or the boilerplate pass (the default
 * command has both), the ranks read their shares and send
 * every document, its text included, to rank 0, which runs the one-process detector on them
 * (sc_det_add, sc_det_run): the same code on the same documents, so the same report. Why the
 * texts and not the design's term lists (doc/mpi.md, "The event tier with term lists"): the
 * detector takes no vectors, content sets or dates built elsewhere yet (that needs a way into
 * sc_det_run, detector.c), and the comparator needs the texts of the clusters' members on
 * rank 0 in any case. What this spreads is the reading (JSON, UTF-8 repair, rejects); the
 * tokenising stays on rank 0. */

/* The document's trailer: its language as given ("" when none: rank 0 guesses, as one
 * process does), then its text (u64 length, bytes). */
static int ev_doc(void *ctx, sc_doc_t *doc, size_t i, buf_t *meta)
{
	(void)ctx, (void)i;
	put(meta, doc->lang, sizeof doc->lang);
	put_u64(meta, doc->len);
	put(meta, doc->text ? doc->text : "", doc->len);
	return meta->oom ? SC_ENOMEM : SC_OK;
}

typedef struct emerge_s {
	sc_det_t *det;
	sc_mpi_item_fn item;
	void *item_ctx;
} emerge_t;

/* Rank 0: the trailer read (also when a duplicate id made a reject of the document), the
 * document added with its text as one process adds it. */
static int ev_merge(void *ctx, int rank, size_t local, sc_doc_t *doc, sc_reject_t *rej, cur_t *c)
{
	emerge_t *M = ctx;
	char lang[4] = {0}, *text = NULL;
	(void)rank;
	if (local != SIZE_MAX) {
		get(c, lang, sizeof lang);
		const uint64_t n = get_u64(c);
		if (c->bad || (uint64_t)(c->end - c->p) < n) return SC_ENOMEM;
		if (doc) {
			if (!(text = malloc((size_t)n + 1))) return SC_ENOMEM;
			memcpy(text, c->p, (size_t)n);
			text[n] = '\0';
		}
		c->p += n;
	}
	if (M->item) M->item(M->item_ctx, doc, rej);
	if (rej) return sc_det_reject(M->det, rej);
	memcpy(doc->lang, lang, sizeof doc->lang);
	doc->lang[3] = '\0';
	doc->text = text; /* sc_det_add takes it */
	return sc_det_add(M->det, doc);
}

/* Ranks other than 0 wait for rank 0's run without spinning: MPI's blocking collectives poll,
 * and on a machine with fewer cores than ranks the polling would take rank 0's core. */
static void wait_rank0(void)
{
	MPI_Request rq;
	int done = 0;
	MPI_Ibarrier(MPI_COMM_WORLD, &rq);
	if (g_rank == 0) {
		MPI_Wait(&rq, MPI_STATUS_IGNORE);
		return;
	}
	while (!done) {
		MPI_Test(&rq, &done, MPI_STATUS_IGNORE);
		if (!done) nanosleep(&(struct timespec){0, 20 * 1000 * 1000}, NULL);
	}
}

/* The steps of event_run, each run by every rank in turn. */
typedef struct erun_s {
	plan_t pl;
	buf_t meta;
	char *all;
	size_t *len;
	sc_det_t *det;
	sc_mpi_stats_t *st;
	char *err;
	size_t errlen;
} erun_t;

/* 1-2. The plan, then this rank's share read; a fault names its rank and file on rank 0. */
static int ev_read(erun_t *E, const sc_reader_opts_t *ro)
{
	char msg[512];
	size_t nd = 0;
	int rc = read_share(SC_OK, &E->pl, ro, ev_doc, NULL, &E->meta, &nd, msg, sizeof msg);
	if (agree(rc)) {
		gather_errors(rc ? msg : NULL, E->err, E->errlen);
		return SC_EIO;
	}
	return SC_OK;
}

/* 3. Every document and reject to rank 0, in input order, into a new detector there. */
static int ev_gather(erun_t *E, const sc_det_opts_t *o, sc_mpi_item_fn item, void *item_ctx)
{
	int rc = meta_to_root(&E->meta, &E->all, &E->len, 1);
	if (rc) return rc;
	if (g_rank == 0) {
		/* one process keeps the texts (event tier, boilerplate) */
		emerge_t M = {merging_detector(o, NULL), item, item_ctx};
		rc = M.det ? merge(&E->pl, E->all, E->len, ev_merge, &M, E->st) : SC_ENOMEM;
		E->det = M.det;
		free(E->all);
		E->all = NULL;
	}
	return agree(rc);
}

/* 4. Rank 0 runs the detector while the others wait; every rank then has its code. */
static int ev_run_rank0(erun_t *E)
{
	int rc = SC_OK;
	if (g_rank == 0) {
		at("running the detector (rank 0)", NULL);
		prog_phase("the detector on rank 0");
		if ((rc = sc_det_run(E->det, E->err, E->errlen)) && E->err && E->errlen &&
		    !E->err[0])
			snprintf(E->err, E->errlen, "%s", sc_strerror(rc));
	}
	at("waiting for rank 0", NULL);
	wait_rank0();
	return agree(rc);
}

static int event_run(sc_det_t **detp, const sc_det_opts_t *o, const sc_reader_opts_t *ro,
                     const char *const *inputs, int n, sc_mpi_item_fn item, void *item_ctx,
                     sc_mpi_stats_t *st, char *err, size_t errlen)
{
	erun_t E = {.st = st, .err = err, .errlen = errlen};
	double t0 = wall(), t1;
	int rc;
	run_reset(detp, st, err, errlen);
	if ((rc = plan_share(inputs, n, &E.pl, err, errlen))) return rc;
	if ((rc = ev_read(&E, ro))) goto out;
	t1 = wall();
	st->sec_read = t1 - t0;
	if ((rc = ev_gather(&E, o, item, item_ctx))) goto fail;
	st->sec_exchange = wall() - t1;
	t1 = wall();
	if ((rc = ev_run_rank0(&E))) goto out;
	st->sec_verify = wall() - t1;
	finish_stats(st);
	*detp = E.det;
	E.det = NULL;
	goto out;
fail:
	say_collective(rc, err, errlen);
out:
	sc_det_free(E.det);
	SC_FREE_ALL(E.all, E.len, E.meta.a);
	plan_free(&E.pl);
	return rc;
}

int sc_mpi_detect(sc_det_t **detp, const sc_det_opts_t *o, const sc_reader_opts_t *ro,
                  const char *const *inputs, int n, sc_mpi_item_fn item, void *item_ctx,
                  sc_mpi_stats_t *st, char *err, size_t errlen)
{
	death_watch("detect");
	/* The boilerplate pass takes the texts path, as the event tier does: its repeated blocks
	 * are a corpus-wide statistic, and a detector fed sketches (ext, streaming) would then
	 * differ from one process in what it reads from the texts: dates from the text, and the
	 * exact Jaccard of cross pairs clustering checks (doc/mpi.md, "The boilerplate pass
	 * over ranks"). */
	int rc = (o->event_tier || o->boilerplate ? event_run : detect_run)(
	    detp, o, ro, inputs, n, item, item_ctx, st, err, errlen);
	death_unwatch();
	return rc;
}

/* ================================================================ shingle */
typedef struct sloc_s {
	const sc_shingle_opts_t *so;
	sc_tokenizer_t *tk;
	sc_minhash_t *mh;
	sc_u64v_t set;
	uint32_t *sig;
	int k;
} sloc_t;

static int sh_doc(void *ctx, sc_doc_t *doc, size_t i, buf_t *meta)
{
	sloc_t *S = ctx;
	(void)i;
	const char *lang = doc->lang;
	if (!lang[0]) lang = sc_sh_lang_guess_text(S->tk, doc->text, doc->len);
	long ns = sc_sh_shingle_set(S->tk, S->so, doc->text, doc->len, lang, NULL, 0, &S->set);
	if (ns < 0) return (int)ns;
	sc_sh_minhash_sketch(S->mh, S->set.a, S->set.n, S->sig);
	char l[4] = {0};
	snprintf(l, sizeof l, "%s", lang ? lang : "");
	put(meta, l, sizeof l);
	put(meta, S->sig, (size_t)S->k * sizeof *S->sig);
	return SC_OK;
}

typedef struct smerge_s {
	sc_mpi_emit_fn emit;
	void *emit_ctx;
	sc_mpi_item_fn item;
	void *item_ctx;
	uint32_t *sig;
	int k;
} smerge_t;

static int sh_merge(void *ctx, int rank, size_t local, sc_doc_t *doc, sc_reject_t *rej, cur_t *c)
{
	smerge_t *M = ctx;
	(void)rank;
	char lang[4] = {0};
	if (local != SIZE_MAX) {
		get(c, lang, sizeof lang);
		get(c, M->sig, (size_t)M->k * sizeof *M->sig);
		if (c->bad) return SC_ENOMEM;
	}
	lang[3] = '\0';
	if (M->item) M->item(M->item_ctx, doc, rej);
	if (rej) return SC_OK;
	return M->emit(M->emit_ctx, doc->id, lang, M->sig) ? SC_EIO : SC_OK;
}

static int shingle_run(const sc_shingle_opts_t *so, const sc_mh_params_t *mh,
                       const sc_reader_opts_t *ro, const char *const *inputs, int n,
                       sc_mpi_emit_fn emit, void *emit_ctx, sc_mpi_item_fn item,
                       void *item_ctx, sc_mpi_stats_t *st, char *err, size_t errlen)
{
	plan_t pl = {0};
	sloc_t S = {.so = so, .k = mh->k};
	buf_t meta = {0};
	char *all = NULL, msg[512];
	size_t *len = NULL;
	int rc = SC_ENOMEM;
	size_t nd = 0;
	double t0 = wall();
	memset(st, 0, sizeof *st);
	if (err && errlen) err[0] = '\0';
	g_sent = 0;
	if ((rc = plan_share(inputs, n, &pl, err, errlen))) return rc;
	rc = SC_ENOMEM;
	msg[0] = '\0';
	rc = (S.tk = sc_sh_tokenizer_create(&so->norm)) && (S.mh = sc_sh_minhash_create(mh)) &&
	             (S.sig = malloc((size_t)mh->k * sizeof *S.sig))
	         ? SC_OK
	         : SC_ENOMEM;
	rc = read_share(rc, &pl, ro, sh_doc, &S, &meta, &nd, msg, sizeof msg);
	if (agree(rc)) {
		gather_errors(rc ? msg : NULL, err, errlen);
		rc = SC_EIO;
		goto out;
	}
	st->sec_read = wall() - t0;
	if (!(len = calloc((size_t)g_size, sizeof *len))) rc = SC_ENOMEM;
	if ((rc = agree(rc))) goto out;
	at("sending its signatures to rank 0", NULL);
	if ((rc = gatherv(&meta, &all, len, 0))) goto out;
	if (g_rank == 0) {
		at("writing the signatures of every rank", NULL);
		smerge_t M = {emit, emit_ctx, item, item_ctx, S.sig, mh->k};
		rc = merge(&pl, all, len, sh_merge, &M, st);
	}
	rc = agree(rc);
	finish_stats(st);
	if (rc && g_rank == 0 && err && errlen && !err[0])
		snprintf(err, errlen, "%s", sc_strerror(rc));
out:
	free(all);
	free(len);
	free(meta.a);
	free(S.sig);
	sc_u64v_free(&S.set);
	sc_sh_tokenizer_free(S.tk);
	sc_sh_minhash_free(S.mh);
	plan_free(&pl);
	return rc;
}

int sc_mpi_shingle(const sc_shingle_opts_t *so, const sc_mh_params_t *mh,
                   const sc_reader_opts_t *ro, const char *const *inputs, int n,
                   sc_mpi_emit_fn emit, void *emit_ctx, sc_mpi_item_fn item, void *item_ctx,
                   sc_mpi_stats_t *st, char *err, size_t errlen)
{
	death_watch("shingle");
	int rc = shingle_run(so, mh, ro, inputs, n, emit, emit_ctx, item, item_ctx, st, err, errlen);
	death_unwatch();
	return rc;
}
