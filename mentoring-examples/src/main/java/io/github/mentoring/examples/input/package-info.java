/**
 * Reading programs and relationships embedded in larger JSON documents (HTTP requests, scenario
 * files) with the program format's reader, with every problem's path given in the enclosing
 * document.
 */
package io.github.mentoring.examples.input;
