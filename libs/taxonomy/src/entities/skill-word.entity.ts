import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The vocabulary of skill_labels.normalized: every distinct word and how many labels use it.
 * Autocomplete corrects a mistyped word against this small table (a few thousand short rows)
 * instead of comparing the whole query with every label. Derived by the importer.
 */
@Entity('skill_words')
export class SkillWord {
  // The trigram index is created by the hand-written migration TaxonomySuggestWords.
  @Index('skill_words_word_trgm', { synchronize: false })
  @PrimaryColumn('text')
  word!: string;

  @Column('int')
  frequency!: number;
}
