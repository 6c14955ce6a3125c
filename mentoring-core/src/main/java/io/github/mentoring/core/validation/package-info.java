/** What a caller sees when a model object is refused: {@link io.github.mentoring.core.validation.InvalidModelException}. */
package io.github.mentoring.core.validation;
