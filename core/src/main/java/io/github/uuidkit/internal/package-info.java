/**
 * Internal helpers shared by the uuidkit modules. Not API: exported only to the uuidkit modules and
 * free to change in any release.
 */
package io.github.uuidkit.internal;
