// Placeholder: filled with the verbatim taken of seed 004 by the demo work.
export interface TaakDefinitie { nummer: string; tekst: string }
export const TAKEN_ORGANISATIEBESLUIT: Record<string, TaakDefinitie[]> = {}
