import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { BooleanParam, PageQuery } from '@gilde/kernel';
import { NOTIFICATION_KINDS, NotificationKind } from '../domain/notification-kinds';

export class NotificationListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: only unread; false: only read; absent: all' })
  @IsOptional()
  @BooleanParam()
  @IsBoolean()
  unread?: boolean;
}

export class NotificationSubjectView {
  @ApiProperty({ example: 'assignment' })
  type!: string;

  @ApiProperty({ format: 'uuid' })
  id!: string;
}

export class NotificationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS })
  kind!: NotificationKind;

  @ApiProperty({ example: 'response.rejected', description: 'The precise message' })
  type!: string;

  @ApiProperty({ description: "In the reader's language" })
  title!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ example: '/assignments/3f1c...', description: 'Path in the web UI' })
  link!: string;

  @ApiProperty({ type: NotificationSubjectView })
  subject!: NotificationSubjectView;

  @ApiPropertyOptional({ nullable: true, description: 'Match score 0-100 (match notifications)' })
  score!: number | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true })
  readAt!: string | null;
}

export class NotificationPageView {
  @ApiProperty({ type: [NotificationView] })
  items!: NotificationView[];

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  @ApiProperty({ description: 'Notifications matching the filter' })
  total!: number;

  @ApiProperty({ description: 'Unread notifications of the caller, whatever the filter' })
  unread!: number;
}

export class ReadView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  readAt!: string;

  @ApiProperty()
  unread!: number;
}

export class ReadAllView {
  @ApiProperty({ description: 'How many were marked read now' })
  marked!: number;

  @ApiProperty()
  unread!: number;
}

export class StreamTokenView {
  @ApiProperty({
    description: 'Pass as ?token= to GET /notifications/stream; good for one stream, for a minute',
  })
  token!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}
