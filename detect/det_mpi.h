/* det_mpi.h: detect and shingle over many processes with MPI (the build option SC_MPI=ON),
 * and the manual of that mode. doc/mpi.md has the design, how to launch it (mpirun, a
 * hostfile, Slurm) and the cost model.
 *
 * The same command under mpirun gives the same report, byte for byte, whatever the number of
 * ranks: every rank reads one share of the inputs (whole files, a JSONL file cut by byte
 * range at line starts), tokenises and sketches it; rank 0 gathers the documents' metadata
 * (the report lists them all) and numbers the documents in id order; band keys go to the rank
 * their hash names (MPI_Alltoallv), where equal keys meet and make candidate pairs; each pair
 * goes to the rank holding its first document, which is sent the shingle set of the second
 * (sets move; the texts are never read twice) and computes the exact Jaccard; rank 0 gets the
 * candidates with their Jaccard and the signatures of the documents in verified pairs, and
 * clusters, lists links and writes the report as one process does in streaming mode.
 *
 * Scope: detect runs the duplicate tier without the boilerplate pass (--tier duplicate
 * --no-boilerplate), the configuration of large corpora (streaming, detect.h opts.reread),
 * as above. With the event tier or the boilerplate pass (the default command: both tiers,
 * boilerplate, the comparator; or any of --tier both|event, or --tier duplicate without
 * --no-boilerplate) the ranks read their shares and send every document, text included, to
 * rank 0, which runs the one-process detector: the reading is shared, the rest is one
 * process's work on rank 0 (doc/mpi.md, "The texts path"). Either report is byte-identical
 * to the one-process run of the same command. --index and standard input are refused (exit
 * 2, by the command) with a message saying so. It sees shingle.h and detect.h (and detect's
 * private header); MPI types stay inside det_mpi.c, so main.c needs no mpi.h.
 *
 * A rank that dies: while sc_mpi_detect or sc_mpi_shingle runs, each rank catches the signals
 * that end a process (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT; SIGTERM, SIGINT, SIGHUP),
 * writes "storycheck: CMD: rank R died (signal S, NAME) while reading FILE; no report
 * written" and exits 3, so that mpirun exits 3; the command's own handlers are back when the
 * call returns. SIGKILL cannot be caught, and Open MPI 4.1 lets no surviving rank learn of it
 * (no ULFM): mpirun then ends the job with its own status (137), names the rank, and no
 * report is written (doc/mpi.md, "Faults"). */
#ifndef SC_DET_MPI_H
#define SC_DET_MPI_H

#include "detect.h"

/* 1 when this process was started by an MPI launcher (mpirun, mpiexec, srun): the
 * environment says so. A plain run of the MPI build stays a plain run. */
int sc_mpi_launched(void);
/* MPI_Init (once). Returns SC_OK or SC_EIO. */
int sc_mpi_init(int *argc, char ***argv);
void sc_mpi_finalize(void);
int sc_mpi_rank(void);
int sc_mpi_size(void);

/* What a run measured on all ranks (rank 0 has the sums and maxima). */
typedef struct sc_mpi_stats_s {
	int ranks;
	uint64_t inputs, documents, rejected; /* over all ranks */
	uint64_t bytes_sent_total;            /* every byte a rank sent to the others (and to
	                                         itself through the collectives), summed */
	uint64_t bytes_sent_max;              /* the most one rank sent */
	uint64_t band_records, candidates, verified, sets_moved;
	double cpu_total, cpu_max;            /* user + system seconds of the ranks */
	long rss_max_kb;                      /* the largest peak RSS of a rank */
	double sec_read, sec_exchange, sec_verify; /* rank 0's wall clock per phase; on the
	                                              texts path (the event tier or the
	                                              boilerplate pass): reading, sending the
	                                              documents to rank 0, and rank 0's detector
	                                              run (the exchange counts above are 0) */
} sc_mpi_stats_t;

/* Called on rank 0, in input order, for every reject (and for every document: rej NULL),
 * so the command can log them as one process does. */
typedef void (*sc_mpi_item_fn)(void *ctx, const sc_doc_t *doc, const sc_reject_t *rej);

/* Progress over all ranks (rank 0): while the ranks read, each tells rank 0 how far it is
 * (a 24-byte message at most once per SC_MPI_PROGRESS_S seconds); rank 0 calls fn at most
 * once per every_s seconds with what every rank has read, and once when each later phase
 * starts (docs and bytes then final). phase is "reading", "band keys and verification",
 * "clustering", "the detector on rank 0" (the texts path) or "writing". total is the bytes
 * of all inputs; reading is how many ranks have not finished reading. Set on every rank
 * before sc_mpi_detect or sc_mpi_shingle (fn NULL: no calls; the messages are exchanged
 * anyway, so that every rank runs the same protocol). */
#define SC_MPI_PROGRESS_S 1.0
typedef void (*sc_mpi_progress_fn)(void *ctx, const char *phase, uint64_t docs, uint64_t bytes,
                                   uint64_t total, int reading);
void sc_mpi_set_progress(sc_mpi_progress_fn fn, void *ctx, double every_s);

/* detect over all ranks: every rank calls it with the same options and inputs. On rank 0 it
 * returns SC_OK with *det run (caller frees) and *st filled; on the others SC_OK with *det
 * NULL. When any rank fails (it cannot read its share: a file the planner could open is
 * missing or unreadable there; out of memory), every rank returns the error and rank 0's err
 * names each failing rank and its input: no rank goes on to a report; when rank 0's detector
 * run fails, every rank returns its code. o->event_tier or o->boilerplate chooses the texts
 * path (every text to rank 0); o->reread is ignored. */
int sc_mpi_detect(sc_det_t **det, const sc_det_opts_t *o, const sc_reader_opts_t *ro,
                  const char *const *inputs, int n, sc_mpi_item_fn item, void *item_ctx,
                  sc_mpi_stats_t *st, char *err, size_t errlen);

/* shingle over all ranks: the signatures of the documents, in input order, are handed to
 * emit on rank 0 (as one process writes them); rejects and documents to item. Returns as
 * sc_mpi_detect; emit's error (nonzero) stops the run on rank 0. */
typedef int (*sc_mpi_emit_fn)(void *ctx, const char *id, const char *lang, const uint32_t *sig);
int sc_mpi_shingle(const sc_shingle_opts_t *so, const sc_mh_params_t *mh,
                   const sc_reader_opts_t *ro, const char *const *inputs, int n,
                   sc_mpi_emit_fn emit, void *emit_ctx, sc_mpi_item_fn item, void *item_ctx,
                   sc_mpi_stats_t *st, char *err, size_t errlen);

#endif
