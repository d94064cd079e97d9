package nl.cultuurschakel.binnenbuiten.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Someone else saved a record first, where no form is there to show the user's input next
 * to the stored values (a status change, a button on a detail page): the friendly 409
 * page, never a 500. Forms handle the conflict themselves with {@link EditConflict}.
 */
@ControllerAdvice
class EditConflictAdvice {

	@ExceptionHandler(OptimisticLockingFailureException.class)
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

}
