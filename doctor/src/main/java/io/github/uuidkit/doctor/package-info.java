/**
 * The {@link io.github.uuidkit.doctor.Doctor} API: audits the UUID columns of an existing PostgreSQL, MySQL or
 * MariaDB database over a connection the caller opens, into a {@link io.github.uuidkit.doctor.DoctorReport} that
 * {@link io.github.uuidkit.doctor.ReportFormat} renders as text, Markdown or JSON.
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/doctor.md">docs/doctor.md</a> (Auditing a database).
 */
package io.github.uuidkit.doctor;
