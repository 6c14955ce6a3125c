package io.github.mentoring.examples.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives each request body in full, without holding a thread, before the request reaches the
 * servlet. The servlet reads bodies with blocking reads, so a client that sends a body byte by
 * byte would otherwise hold a worker thread for as long as it likes, and a few hundred such
 * clients would take every thread of the bounded pool; here, waiting for bytes costs a
 * connection and the bytes received, nothing more.
 *
 * <ul>
 *   <li>A body must arrive at an average of at least {@code minBytesPerSecond} after a grace
 *       period; a slower one is answered 408 and its connection closed. (Silence longer than the
 *       connection's idle timeout ends it too.)
 *   <li>A body over {@code maxBodyBytes} is not kept: up to twice the limit is read and dropped,
 *       so that the client can read the answer, and the request goes on with an empty body and
 *       the {@link #TOO_LARGE} attribute set, for the service to answer 413.
 *   <li>All bodies being received or handled at once may hold at most {@code budgetBytes}; a
 *       request beyond that is answered 503.
 *   <li>An upload the client abandons (it closes the connection mid-body) is logged once, at
 *       INFO, without a stack trace or any of its content; there is nobody left to answer.
 * </ul>
 */
final class BodyBufferingHandler extends Handler.Wrapper {

  /** Request attribute set (to {@code Boolean.TRUE}) when the body was over the limit. */
  static final String TOO_LARGE = BodyBufferingHandler.class.getName() + ".tooLarge";

  private static final Logger LOG = LoggerFactory.getLogger(HealthService.class);
  // Set on the connection, so that one broken connection is logged once whatever fails after.
  private static final String ABORT_LOGGED = BodyBufferingHandler.class.getName() + ".logged";

  private final long maxBodyBytes;
  private final long minBytesPerSecond;
  private final long graceNanos;
  private final long budgetBytes;
  private final AtomicLong buffered = new AtomicLong();

  BodyBufferingHandler(long maxBodyBytes, long minBytesPerSecond, long graceMillis,
      long budgetBytes) {
    this.maxBodyBytes = maxBodyBytes;
    this.minBytesPerSecond = minBytesPerSecond;
    this.graceNanos = TimeUnit.MILLISECONDS.toNanos(graceMillis);
    this.budgetBytes = budgetBytes;
  }

  /** The bytes of bodies held now, for tests. */
  long bufferedBytes() {
    return buffered.get();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long length = request.getLength();
    boolean hasBody = length > 0
        || (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
    if (!hasBody) {
      return super.handle(request, response, callback);
    }
    new Upload(request, response, callback).read(true);
    return true;
  }

  /**
   * One body being received. Its counters are plain fields, without locking, because only one
   * thread at a time runs {@link #read} and each run happens-before the next: the first run is
   * {@code handle}'s, and every later one is the callback of the one {@code demand} the run
   * before it made last. Jetty promises this (a source has at most one outstanding demand, and a
   * second one is refused), and its implementation keeps it: {@code HttpChannelState} stores the
   * callback under the channel's lock, takes and clears it under the same lock when content
   * arrives, and runs it through a {@code SerializedInvoker} (checked in Jetty 12.1.13). After
   * the last run the request goes to a worker through the context's executor, whose queue also
   * orders the writes before it; only {@link #release} runs after that, and it is atomic.
   */
  private final class Upload {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long start = System.nanoTime();
    // Bytes of this body counted in the budget; given back when it is dropped or answered.
    private final AtomicLong reserved = new AtomicLong();
    private byte[] content = new byte[0];
    private int stored;
    private long received;
    private boolean tooLarge;

    Upload(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = new Callback() {
        @Override
        public void succeeded() {
          release();
          callback.succeeded();
        }

        @Override
        public void failed(Throwable x) {
          release();
          callback.failed(x);
        }

        @Override
        public InvocationType getInvocationType() {
          return callback.getInvocationType();
        }
      };
    }

    /**
     * Reads what has arrived, then asks to be called again when more does.
     *
     * @param inHandle whether this runs within {@code handle}, where the next handler may be
     *     called at once; a demand callback must hand it to another thread instead
     */
    void read(boolean inHandle) {
      while (true) {
        Content.Chunk chunk;
        try {
          chunk = request.read();
        } catch (RuntimeException e) {
          failed(e);
          return;
        }
        if (chunk == null) {
          if (tooSlow()) {
            timedOut();
          } else {
            request.demand(() -> read(false));
          }
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          failed(chunk.getFailure());
          return;
        }
        boolean last = chunk.isLast();
        boolean kept = keep(chunk.getByteBuffer());
        chunk.release();
        if (!kept) {
          Response.writeError(request, response, callback, 503);
          return;
        }
        if (last || (tooLarge && received > 2 * maxBodyBytes)) {
          dispatch(inHandle);
          return;
        }
        if (tooSlow()) {
          timedOut();
          return;
        }
      }
    }

    /** Keeps the bytes unless the body is over the limit; false when over the budget. */
    private boolean keep(ByteBuffer bytes) {
      int count = bytes.remaining();
      received += count;
      if (tooLarge || count == 0) {
        return true;
      }
      if (received > maxBodyBytes) {
        // Dropped from here on: only counted, up to the point where the service answers 413.
        tooLarge = true;
        content = new byte[0];
        stored = 0;
        release();
        return true;
      }
      if (buffered.addAndGet(count) > budgetBytes) {
        buffered.addAndGet(-count);
        return false;
      }
      reserved.addAndGet(count);
      if (stored + count > content.length) {
        content = Arrays.copyOf(content, (int) Math.min(maxBodyBytes,
            Math.max(stored + (long) count, Math.max(8192, 2L * content.length))));
      }
      bytes.get(content, stored, count);
      stored += count;
      return true;
    }

    private boolean tooSlow() {
      long elapsed = System.nanoTime() - start;
      // The grace period covers slow starts and small bodies; after it, the body must keep up
      // the average rate.
      return elapsed > graceNanos
          && received < (elapsed - graceNanos) / 1_000_000_000.0 * minBytesPerSecond;
    }

    private void timedOut() {
      release();
      LOG.debug("Request body too slow: {} bytes in {} ms", received,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      // The unread rest of the body makes Jetty close the connection after the answer.
      Response.writeError(request, response, callback, 408);
    }

    private void failed(Throwable failure) {
      release();
      if (causedBy(failure, TimeoutException.class)) {
        Response.writeError(request, response, callback, 408);
      } else if (failure instanceof HttpException && !causedBy(failure, IOException.class)) {
        // Bad chunking and the like: a 400 (or other) problem document by the error handler.
        Response.writeError(request, response, callback, failure);
      } else {
        logAbortOnce(failure);
        callback.failed(failure);
      }
    }

    private void logAbortOnce(Throwable failure) {
      var connection = request.getConnectionMetaData();
      if (connection.getAttribute(ABORT_LOGGED) == null) {
        connection.setAttribute(ABORT_LOGGED, Boolean.TRUE);
        // The kind of failure only: no stack trace (the client went away, nothing is broken
        // here) and nothing of the request but its size.
        LOG.info("Upload aborted by the client after {} bytes of {} ({})", received,
            request.getLength() < 0 ? "a chunked body" : request.getLength(),
            failure.getClass().getSimpleName());
      }
    }

    private void dispatch(boolean inHandle) {
      Request next;
      if (tooLarge) {
        request.setAttribute(TOO_LARGE, Boolean.TRUE);
        next = new BufferedRequest(request, Content.Chunk.EOF);
      } else {
        next = new BufferedRequest(request,
            Content.Chunk.from(ByteBuffer.wrap(content, 0, stored), true));
      }
      if (inHandle) {
        process(next);
      } else {
        // A demand callback must not block, and the servlet will: hand it to a worker.
        request.getContext().execute(() -> process(next));
      }
    }

    private void process(Request next) {
      try {
        Handler handler = getHandler();
        if (handler == null || !handler.handle(next, response, callback)) {
          Response.writeError(next, response, callback, 404);
        }
      } catch (Throwable t) {
        Response.writeError(next, response, callback, t);
      }
    }

    private void release() {
      buffered.addAndGet(-reserved.getAndSet(0));
    }
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (kind.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The request with its body already received: one chunk, then the end. */
  private static final class BufferedRequest extends Request.Wrapper {
    private Content.Chunk chunk;

    BufferedRequest(Request request, Content.Chunk chunk) {
      super(request);
      this.chunk = chunk;
    }

    @Override
    public synchronized Content.Chunk read() {
      Content.Chunk next = chunk == null ? Content.Chunk.EOF : chunk;
      chunk = Content.Chunk.EOF;
      return next;
    }

    @Override
    public void demand(Runnable demandCallback) {
      // Everything is here already: a read now returns content or the end.
      getContext().execute(demandCallback);
    }

    @Override
    public boolean consumeAvailable() {
      read();
      // The rest of a body over the limit is still unread on the connection: say so, so that
      // Jetty closes it after the answer instead of reading the rest as the next request.
      return getAttribute(TOO_LARGE) == null && super.consumeAvailable();
    }
  }
}
