/**
 * Web helpers every module's controllers may use: sort and page guards, date binding,
 * error page attributes, the current URL and PDF rendering.
 */
@NamedInterface("web")
package nl.cultuurschakel.binnenbuiten.shared.web;

import org.springframework.modulith.NamedInterface;
