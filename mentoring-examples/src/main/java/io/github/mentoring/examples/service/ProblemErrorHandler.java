package io.github.mentoring.examples.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages as problem documents: what Jetty answers by itself (a bad request line,
 * headers or URI too long, bad chunking, a stalled body, an error that escaped the servlet) is
 * {@code application/problem+json} like every other error of the service, whatever the client
 * accepts, and never HTML. Installed on the server and on the servlet context.
 */
final class ProblemErrorHandler extends ErrorHandler {

  ProblemErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  /** Every method gets a body, not only GET, POST and HEAD. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  /**
   * The message and cause are ignored: Jetty's messages can quote the request, and causes are
   * internals.
   */
  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    ProblemDocument document = ProblemDocument.http(code);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE);
    response.write(true, ByteBuffer.wrap(document.toJson().getBytes(StandardCharsets.UTF_8)),
        callback);
  }
}
