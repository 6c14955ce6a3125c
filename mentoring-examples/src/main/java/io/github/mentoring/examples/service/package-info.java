/**
 * The health check as an HTTP service for HR platforms:
 * {@link io.github.mentoring.examples.service.HealthService} answers {@code POST /health-checks},
 * {@code GET /rules} and {@code GET /health}, with RFC 9457 problem documents for errors.
 */
package io.github.mentoring.examples.service;
