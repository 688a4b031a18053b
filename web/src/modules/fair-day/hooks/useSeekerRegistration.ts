import { useState } from 'react';
import { useNavigate } from 'react-router';
import { registerSeeker } from './fairDayApi';

/** The one-tap registration of a signed-in seeker; it lands on the ticket (the same one when tapped again). */
export function useSeekerRegistration(fairId: string) {
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [isRegistering, setRegistering] = useState(false);

  async function register(): Promise<void> {
    setRegistering(true);
    setError(null);
    try {
      const ticket = await registerSeeker(fairId);
      await navigate(`/t/${ticket.ticketCode}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setRegistering(false);
    }
  }

  return { register, error, isRegistering };
}
