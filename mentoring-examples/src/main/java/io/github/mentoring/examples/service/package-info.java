/**
 * The health check as an HTTP service for HR platforms:
 * {@link io.github.mentoring.examples.service.HealthService} answers {@code POST /health-checks},
 * {@code GET /rules} and {@code GET /health} (and {@code POST /admin/reload} with a token), with
 * RFC 9457 problem documents for every error; bounded threads, connections, bodies and answers;
 * an optional {@link io.github.mentoring.examples.service.BearerToken}.
 */
package io.github.mentoring.examples.service;
